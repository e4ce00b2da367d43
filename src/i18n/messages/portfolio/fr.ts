import type { portfolioEn } from './en';

// The Portfolio sheet (src/portfolio) and its errors. A key ending in .one/.few/.many/.other is one plural form.
export const portfolioFr: { readonly [K in keyof typeof portfolioEn]: string } = {
  'portfolio.title.one': 'Portefeuille de {count} analyse ROI CRM',
  'portfolio.title.few': 'Portefeuille de {count} analyses ROI CRM',
  'portfolio.title.many': 'Portefeuille de {count} analyses ROI CRM',
  'portfolio.title.other': 'Portefeuille de {count} analyses ROI CRM',
  'portfolio.subtitle': 'Montants en {currency}. Chaque chiffre est une formule sur les cellules nommées des feuilles d’analyse\u00a0: modifiez une feuille d’analyse et celle-ci suit. Relancez Portefeuille après avoir ajouté, renommé ou supprimé une feuille d’analyse, ou modifié une date de début ou un horizon.',
  'portfolio.section.cases': 'Analyses',
  'portfolio.col.CASE_NAME': 'Analyse',
  'portfolio.col.START_DATE': 'Début',
  'portfolio.col.HORIZON': 'Horizon (mois)',
  'portfolio.col.TOTAL_COSTS': 'Coûts totaux',
  'portfolio.col.TOTAL_BENEFITS': 'Avantages totaux',
  'portfolio.col.NPV': 'VAN (à son début et à son taux)',
  'portfolio.col.ROI': 'ROI (nominal)',
  'portfolio.col.ROI_PV': 'ROI (valeur actuelle, TEI)',
  'portfolio.col.IRR': 'TRI (annuel)',
  'portfolio.col.PAYBACK': 'Délai de récupération (mois)',
  'portfolio.col.FIRST': 'Période initiale dans la période du portefeuille',
  'portfolio.col.LAST': 'Dernier mois dans la période du portefeuille',
  'portfolio.total': 'Total (chaque VAN à son début et à son taux)',
  'portfolio.section.combined': 'Les analyses cumulées\u00a0: leurs flux mensuels additionnés par mois civil',
  'portfolio.combined.START_DATE': 'Début du portefeuille (le plus tôt des débuts)',
  'portfolio.combined.DISCOUNT_RATE': 'Taux d’actualisation annuel (celui de la première analyse)',
  'portfolio.combined.MONTHLY_RATE': 'Taux d’actualisation mensuel',
  'portfolio.combined.PERIODS': 'Mois après la période initiale',
  'portfolio.combined.TOTAL_COSTS': 'Coûts totaux',
  'portfolio.combined.TOTAL_BENEFITS': 'Avantages totaux',
  'portfolio.combined.PV_COSTS': 'Valeur actuelle des coûts (depuis le début du portefeuille)',
  'portfolio.combined.PV_BENEFITS': 'Valeur actuelle des avantages (depuis le début du portefeuille)',
  'portfolio.combined.NPV': 'VAN des flux cumulés',
  'portfolio.combined.ROI': 'ROI (nominal)',
  'portfolio.combined.ROI_PV': 'ROI (valeur actuelle, TEI)',
  'portfolio.combined.IRR': 'TRI (annuel)',
  'portfolio.combined.PAYBACK': 'Délai de récupération (mois depuis le début du portefeuille)',
  'portfolio.combined.IRR_GUESS': 'Point de départ du calcul du TRI (taux mensuel)',
  'portfolio.section.flows': 'Flux mensuels cumulés, alignés par mois civil (flux net de chaque analyse, puis les sommes)',
  'portfolio.flows.period': 'Période (0 = la première période initiale)',
  'portfolio.flows.month': 'Mois',
  'portfolio.flows.costs': 'Coûts',
  'portfolio.flows.benefits': 'Avantages',
  'portfolio.flows.net': 'Flux net',
  'portfolio.flows.cumulative': 'Net cumulé',
  'portfolio.flows.helper': 'Aide\u00a0: période si net cumulé < 0, sinon −1',
  'portfolio.flows.initial': 'Initiale',
  'portfolio.chart.npv': 'VAN par analyse (chacune à son début)',
  'portfolio.chart.payback': 'Délai de récupération par analyse (mois\u00a0; sans barre\u00a0: jamais dans son horizon)',
  'portfolio.error.noCases': 'Il n’y a aucune analyse ROI à consolider.',
  'portfolio.error.noSheets': 'Ce classeur n’a aucune feuille ROI créée par le complément\u00a0; il n’y a rien à consolider et rien n’a été écrit.',
  'portfolio.error.currency': '{first} est en {firstCurrency} mais {other} est en {otherCurrency}\u00a0; un portefeuille additionne des montants dans une seule devise et ne les convertit jamais.',
  'portfolio.cli.summary': 'Consolider plusieurs analyses dans un classeur avec une feuille Portefeuille active',
  'portfolio.cli.usage': `Utilisation\u00a0: crm-roi portfolio <analyse.json | roi.xlsx>... -o <portefeuille.xlsx> [--lang <langue>] [--json]

Consolide plusieurs analyses ROI dans un classeur\u00a0: une feuille «\u00a0{sheet}\u00a0» en tête, puis la feuille
ROI de chaque analyse. Fichiers d’analyse (.json) et classeurs (.xlsx écrits par crm-roi workbook, ou
un portefeuille\u00a0: chacune de ses feuilles ROI) se combinent librement. La feuille Portefeuille est
faite de formules sur les cellules nommées des feuilles d’analyse et suit donc toute modification\u00a0:
  - une ligne par analyse\u00a0: nom, début, horizon, coûts, avantages, VAN, ROI sur les deux bases, TRI,
    délai de récupération\u00a0;
  - les totaux (chaque VAN à son début et à son taux d’actualisation)\u00a0;
  - les flux mensuels additionnés par mois civil, du premier début à la dernière fin, avec la VAN,
    le ROI, le TRI et le délai de récupération de cette somme, actualisés depuis le premier début
    au taux de la première analyse\u00a0;
  - deux graphiques\u00a0: VAN par analyse, délai de récupération par analyse.

Toutes les analyses doivent être dans une même devise\u00a0: les montants ne sont jamais convertis.

Options\u00a0:
  -o, --output <fichier>  le classeur à écrire (.xlsx)\u00a0; remplacé en entier une fois complet (un
                          échec le laisse tel quel)\u00a0; jamais l’une des entrées
  --lang <langue>         en, de, fr, pl ou zh-CN\u00a0: la langue de toutes les feuilles écrites et de
                          ces messages. Sans elle, chaque feuille lue dans un classeur garde sa
                          langue, un fichier d’analyse est en anglais et la feuille Portefeuille
                          suit la première analyse
  --json                  afficher les chiffres en JSON\u00a0: cases, total, combined (-o devient
                          facultatif)\u00a0; identique dans toutes les langues
  -h, --help              afficher cette aide

Codes de sortie\u00a0: 0 écrit\u00a0; 1 un fichier est illisible ou n’est pas une analyse valide (il est nommé,
rien n’est écrit), les analyses sont dans des devises différentes, ou la sortie ne peut être écrite\u00a0;
2 erreur d’utilisation.`,
  'portfolio.cli.outputIsInput': 'la sortie {output} est l’entrée {input}\u00a0; y écrire le portefeuille la remplacerait. Choisissez un autre -o.',
  'portfolio.cli.nothingWritten': '{problem} Rien n’a été écrit.',
  'portfolio.cli.wrote.one': '{output} écrit\u00a0: feuille «\u00a0{sheet}\u00a0» sur {count} feuille d’analyse ({sheets}).',
  'portfolio.cli.wrote.few': '{output} écrit\u00a0: feuille «\u00a0{sheet}\u00a0» sur {count} feuilles d’analyse ({sheets}).',
  'portfolio.cli.wrote.many': '{output} écrit\u00a0: feuille «\u00a0{sheet}\u00a0» sur {count} feuilles d’analyse ({sheets}).',
  'portfolio.cli.wrote.other': '{output} écrit\u00a0: feuille «\u00a0{sheet}\u00a0» sur {count} feuilles d’analyse ({sheets}).',
  'portfolio.cli.missingFiles': 'il manque les fichiers d’analyse',
  'portfolio.cli.missingOutput': 'il manque -o <portefeuille.xlsx> (ou --json pour n’afficher que les chiffres)',
};
