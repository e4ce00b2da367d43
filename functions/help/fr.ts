import type { FunctionHelp } from './shape';

// Excel's French function names (MOYENNE), decimal commas in examples, a no-break space before : and ;
export const fr: FunctionHelp = {
  ROI: {
    description: 'Retour sur investissement (ROI) : (avantage − coût) / coût.',
    params: { benefit: 'Avantage total (montant)', cost: 'Coût total (montant) ; différent de 0' },
  },
  PAYBACK: {
    description: 'Délai de récupération en périodes (fractionnaires) jusqu’à ce que les avantages cumulés (actualisés) couvrent l’investissement initial ; #N/A s’ils ne le couvrent jamais.',
    params: {
      cost: 'Investissement initial, au départ (montant)',
      benefits: 'Avantage net de chaque période, dans l’ordre (une ligne ou une colonne)',
      rate_per_period: 'Taux d’actualisation d’une période, pas d’une année : des flux mensuels prennent un taux mensuel, (1 + taux annuel)^(1/12) − 1 ; omis = 0 (délai de récupération simple)',
    },
  },
  BCR: {
    description: 'Ratio avantages/coûts : avantage / coût.',
    params: { benefit: 'Avantage total (en valeur actuelle)', cost: 'Coût total (en valeur actuelle) ; différent de 0' },
  },
  CLV: {
    description: 'Valeur vie client : marge × rétention / (1 + discount_rate − rétention).',
    params: {
      margin: 'Marge par client et par période (montant)',
      retention: 'Part des clients conservés à chaque période, de 0 à 1',
      discount_rate: 'Taux d’actualisation par période',
    },
  },
  UPLIFT: {
    description: 'Variation de la moyenne mensuelle après la mise en service : MOYENNE(after) − MOYENNE(before).',
    params: {
      before: 'Valeurs mensuelles avant la mise en service (une ligne ou une colonne ; cellules vides ignorées)',
      after: 'Valeurs mensuelles après la mise en service (une ligne ou une colonne ; cellules vides ignorées)',
    },
  },
  PERIODROI: {
    description: 'ROI d’une période (trimestre, année) : avantages de la période moins ses coûts, rapportés au coût total du système.',
    params: {
      benefits: 'Avantages réalisés sur la période (montant)',
      costs: 'Coûts de la période, p. ex. licences et support (montant)',
      system_cost: 'Coût total du système (montant) ; différent de 0',
    },
  },
  IMPLIEDPAYBACK: {
    description: 'Délai de récupération en périodes qu’implique un ROI de période : 1 / period_roi, comme si chaque période rapportait autant ; #N/A si le ROI est nul ou négatif.',
    params: { period_roi: 'ROI d’une période, p. ex. issu de PERIODROI (30 % par an = 0,3)' },
  },
  REALISEDPAYBACK: {
    description: 'Délai de récupération d’après les flux de trésorerie nets réels : périodes (fractionnaires) jusqu’à ce que leur somme cumulée (actualisée) reste ≥ 0 ; #N/A si elle ne l’est jamais.',
    params: {
      net_flows: 'Flux de trésorerie net de chaque période, dans l’ordre (une ligne ou une colonne) ; le premier est celui de la période initiale, non actualisé : un investissement initial est négatif',
      rate_per_period: 'Taux d’actualisation d’une période, pas d’une année (des flux mensuels prennent un taux mensuel) ; omis = 0 (délai de récupération simple)',
    },
  },
  SUMMARY: {
    description: 'Les indicateurs clés de flux mensuels de coûts et d’avantages (en fin de mois), en tableau de 2 colonnes avec libellés.',
    params: {
      costs: 'Coût de chaque mois, dans l’ordre (une ligne ou une colonne)',
      benefits: 'Avantage de chaque mois, dans l’ordre ; la série la plus courte est complétée par des 0',
      annual_rate: 'Taux d’actualisation annuel, p. ex. 0,1 pour 10 % ; appliqué chaque mois comme (1 + annual_rate)^(1/12) − 1 ; omis = 0',
      initial_cost: 'Coût de la période initiale (mois 0 : aujourd’hui, jamais actualisé), p. ex. l’investissement initial ; omis = 0',
      initial_benefit: 'Avantage de la période initiale (mois 0) ; omis = 0',
    },
  },
};
