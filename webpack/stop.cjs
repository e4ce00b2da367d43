// `npm run stop`: ends the dev server started by `npm run dev-server`, by the pid it recorded (never by name).
const { existsSync, readFileSync, rmSync } = require('node:fs');
const { join } = require('node:path');
const { tmpdir } = require('node:os');

const PID_FILE = join(tmpdir(), 'crm-roi-dev-server.pid');

function stop() {
  if (!existsSync(PID_FILE)) return console.log('crm-roi: no dev server is running');
  const pid = Number(readFileSync(PID_FILE, 'utf8'));
  rmSync(PID_FILE);
  try {
    process.kill(pid, 'SIGTERM');
    console.log(`crm-roi: stopped the dev server (pid ${pid})`);
  } catch {
    console.log(`crm-roi: the dev server (pid ${pid}) had already stopped`);
  }
}

if (require.main === module) stop();
module.exports = { PID_FILE };
