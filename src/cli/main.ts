console.log('crm-roi: placeholder');
