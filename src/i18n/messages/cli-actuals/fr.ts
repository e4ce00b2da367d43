import type { CliActualsMessages } from './en';

// French typography: a no-break space (U+00A0) before : ; ? !
export const cliActualsFr: CliActualsMessages = {
  'cli-actuals.heading': 'Prévu contre réel, jusqu’à {calendar} (mois {month})',
  'cli-actuals.toDate': 'À ce jour',
  'cli-actuals.planned': 'Prévu',
  'cli-actuals.actual': 'Réel',
  'cli-actuals.variance': 'Écart',
  'cli-actuals.roi': 'ROI',
  'cli-actuals.filledFromPlan.one': '{count}\u00a0mois-ligne à ce jour sans réel compte au prévu (--json les liste).',
  'cli-actuals.filledFromPlan.few': '{count}\u00a0mois-lignes à ce jour sans réel comptent au prévu (--json les liste).',
  'cli-actuals.filledFromPlan.many': '{count}\u00a0mois-lignes à ce jour sans réel comptent au prévu (--json les liste).',
  'cli-actuals.filledFromPlan.other': '{count}\u00a0mois-lignes à ce jour sans réel comptent au prévu (--json les liste).',
  'cli-actuals.line': 'Ligne',
  'cli-actuals.side': 'Nature',
  'cli-actuals.side.cost': 'coût',
  'cli-actuals.side.benefit': 'avantage',
  'cli-actuals.monthsWithActuals': 'Mois avec réel',
  'cli-actuals.reforecast': 'Reprévision (réel à ce jour, prévu ensuite)',
  'cli-actuals.reforecastColumn': 'Reprévision',
  'cli-actuals.realisedRate': 'Rythme réalisé',
  'cli-actuals.annualRoi.one': 'ROI annuel ({count}\u00a0dernier mois, sur le coût du système de {cost})',
  'cli-actuals.annualRoi.few': 'ROI annuel ({count}\u00a0derniers mois sur le coût du système de {cost})',
  'cli-actuals.annualRoi.many': 'ROI annuel ({count}\u00a0derniers mois sur le coût du système de {cost})',
  'cli-actuals.annualRoi.other': 'ROI annuel ({count}\u00a0derniers mois sur le coût du système de {cost})',
  'cli-actuals.impliedPayback': 'Délai de récupération à ce rythme',
  'cli-actuals.reforecastPayback': 'Délai de récupération des flux reprévus',
  'cli-actuals.neverAtThisRate': 'jamais à ce rythme',
  'cli-actuals.periodRoi': 'ROI de la période',
  'cli-actuals.impliedPaybackShort': 'Délai de récupération implicite',
  'cli-actuals.quarter': 'Année {year} T{quarter}',
  'cli-actuals.year': 'Année {year}',
  'cli-actuals.underWay': '{period} (à ce jour)',
  'cli-actuals.kpi.baseline': 'Référence',
  'cli-actuals.kpi.target': 'Cible',
  'cli-actuals.kpi.progress': 'Avancement',
  'cli-actuals.kpi.benefitRealised': 'Avantage réalisé',
  'cli-actuals.kpi.higher': 'plus élevé',
  'cli-actuals.kpi.lower': 'plus bas',

  'cli-actuals.summary': 'Intégrer le réel d’un CSV (mois, ligne, montant) dans un classeur',
  'cli-actuals.usage': `Utilisation\u00a0: crm-roi actuals <roi.xlsx> <reel.csv> -o <sortie.xlsx> [--lang <langue>]

Intègre ce qui s’est réellement passé dans une analyse\u00a0: lit l’analyse dans la feuille ROI
d’un classeur créé par crm-roi ou le complément, fixe le réel de chaque ligne pour chaque mois
que donne le CSV et écrit le classeur dans la sortie comme \`crm-roi workbook\` (la feuille ROI
mise à jour, toutes vos autres feuilles et cellules conservées\u00a0; dans la sortie si elle
existe). Un réel remplace le prévu ajusté du risque de la ligne pour son mois\u00a0;
\`crm-roi evaluate\` présente ensuite le prévu contre le réel et une reprévision.

Le CSV a une ligne d’en-tête avec les colonnes month, line et amount, dans n’importe quel
ordre et n’importe quelle casse (les autres colonnes sont ignorées), séparées par «\u00a0,\u00a0» ou,
comme Excel l’écrit là où le séparateur décimal est la virgule, par «\u00a0;\u00a0». UTF-8, avec ou
sans indicateur d’ordre des octets (BOM).
  month   «\u00a0AAAA-MM\u00a0», une date «\u00a0AAAA-MM-JJ\u00a0» (son mois) ou «\u00a0Mar 2025\u00a0», du mois
          précédant la date de début (la période initiale) au dernier mois de l’horizon\u00a0;
          une date locale (03/04/2025) ou une année à deux chiffres est refusée, jamais devinée
  line    l’identifiant de la ligne, sinon son nom exact (casse indifférente)\u00a0; un nom porté
          par deux lignes est refusé\u00a0: donnez l’identifiant. Une ligne d’avantage mesurée
          par un indicateur ne prend pas de réel ici.
  amount  1234.56 ou 1,234.56 (point décimal), négatif avec un signe moins ou entre
          parenthèses, le symbole ou le code de la devise de l’analyse admis ($1,234.56,
          USD 99, ($50.00))\u00a0; une virgule décimale (1.234,56) est refusée, de même que
          1,234 ou 1.234 dans un fichier séparé par «\u00a0;\u00a0», qui se lisent de deux façons.
          Un montant vide n’est pas encore connu\u00a0: il laisse le réel déjà présent.
Une valeur remplace le réel de la ligne pour ce mois\u00a0; un couple (mois, ligne) donné deux
fois est une erreur. Les lignes vides sont ignorées.

Chaque problème est signalé par sa ligne, numérotée comme dans un tableur (l’en-tête est la
ligne 1), et rien n’est écrit tant que tout le CSV n’est pas correct.

Options\u00a0:
  -o, --output <fichier>  le classeur à écrire, un .xlsx (il peut être l’entrée, mise à jour
                          sur place)\u00a0; remplacé seulement une fois le nouveau complet
  --lang <langue>         la langue de ces messages\u00a0: {locales} (par défaut\u00a0: selon
                          LC_ALL, LC_MESSAGES ou LANG, sinon en). La feuille ROI garde la
                          langue dans laquelle elle a été créée, quel que soit
                          l’environnement\u00a0; avec --lang, elle est reconstruite dans cette
                          langue, comme avec \`crm-roi workbook --lang\`
  -h, --help              afficher cette aide

Codes de sortie\u00a0: 0 intégré et écrit\u00a0; 1 un fichier manque ou est illisible, le CSV a des
problèmes ou l’analyse n’est pas valide (rien n’est écrit)\u00a0; 2 erreur d’utilisation.`,
  'cli-actuals.usage.files.one': 'un classeur et un CSV attendus, reçu {count}\u00a0fichier',
  'cli-actuals.usage.files.few': 'un classeur et un CSV attendus, reçu {count}\u00a0fichiers',
  'cli-actuals.usage.files.many': 'un classeur et un CSV attendus, reçu {count}\u00a0fichiers',
  'cli-actuals.usage.files.other': 'un classeur et un CSV attendus, reçu {count}\u00a0fichiers',
  'cli-actuals.usage.notWorkbook': '{workbook} ne se termine pas par .xlsx\u00a0: le réel va dans un classeur créé par crm-roi ou le complément',
  'cli-actuals.usage.missingOutput': '-o <sortie.xlsx> manque\u00a0: où écrire le classeur avec le réel',
  'cli-actuals.invalidWorkbook': '{workbook} ne contient pas d’analyse valide',
  'cli-actuals.cannotMerge': '{csv} ne peut pas être intégré',
  'cli-actuals.invalidMerged': 'l’analyse avec le réel de {csv} n’est pas valide',
  'cli-actuals.problems.one': '{what} ({count}\u00a0problème)\u00a0; rien n’a été écrit\u00a0:',
  'cli-actuals.problems.few': '{what} ({count}\u00a0problèmes)\u00a0; rien n’a été écrit\u00a0:',
  'cli-actuals.problems.many': '{what} ({count}\u00a0problèmes)\u00a0; rien n’a été écrit\u00a0:',
  'cli-actuals.problems.other': '{what} ({count}\u00a0problèmes)\u00a0; rien n’a été écrit\u00a0:',
  'cli-actuals.row': 'ligne {row}\u00a0: {problem}',
  'cli-actuals.merged.one': '{count}\u00a0réel intégré depuis {csv}{details}.',
  'cli-actuals.merged.few': '{count}\u00a0réels intégrés depuis {csv}{details}.',
  'cli-actuals.merged.many': '{count}\u00a0réels intégrés depuis {csv}{details}.',
  'cli-actuals.merged.other': '{count}\u00a0réels intégrés depuis {csv}{details}.',
  'cli-actuals.replaced.one': ' (dont {count} remplace un réel antérieur)',
  'cli-actuals.replaced.few': ' (dont {count} remplacent des réels antérieurs)',
  'cli-actuals.replaced.many': ' (dont {count} remplacent des réels antérieurs)',
  'cli-actuals.replaced.other': ' (dont {count} remplacent des réels antérieurs)',
  'cli-actuals.blank.one': '\u00a0; {count}\u00a0montant vide n’a rien changé',
  'cli-actuals.blank.few': '\u00a0; {count}\u00a0montants vides n’ont rien changé',
  'cli-actuals.blank.many': '\u00a0; {count}\u00a0montants vides n’ont rien changé',
  'cli-actuals.blank.other': '\u00a0; {count}\u00a0montants vides n’ont rien changé',

  'cli-actuals.csv.unreadable': 'illisible en CSV\u00a0: {detail}',
  'cli-actuals.csv.quoteNotClosed': 'une valeur entre guillemets n’est pas refermée avant la fin du fichier',
  'cli-actuals.csv.closingQuote': 'un guillemet fermant est suivi de {char} au lieu du séparateur ou de la fin de ligne',
  'cli-actuals.csv.missingColumns.one': 'la ligne d’en-tête n’a pas de colonne {columns} (il faut month, line et amount\u00a0; trouvé\u00a0: {found})',
  'cli-actuals.csv.missingColumns.few': 'la ligne d’en-tête n’a pas de colonnes {columns} (il faut month, line et amount\u00a0; trouvé\u00a0: {found})',
  'cli-actuals.csv.missingColumns.many': 'la ligne d’en-tête n’a pas de colonnes {columns} (il faut month, line et amount\u00a0; trouvé\u00a0: {found})',
  'cli-actuals.csv.missingColumns.other': 'la ligne d’en-tête n’a pas de colonnes {columns} (il faut month, line et amount\u00a0; trouvé\u00a0: {found})',
  'cli-actuals.csv.foundNothing': 'rien',
  'cli-actuals.csv.columnTwice': 'la ligne d’en-tête a deux colonnes {column}',
  'cli-actuals.csv.month': 'attendu\u00a0: un mois "AAAA-MM", une date "AAAA-MM-JJ" ou un mois comme "Mar 2025"\u00a0; reçu {got}',
  'cli-actuals.csv.localDate': 'attendu\u00a0: un mois "AAAA-MM", une date "AAAA-MM-JJ" ou un mois comme "Mar 2025"\u00a0; reçu {got} (une date locale se lit comme un mois différent selon le pays)',
  'cli-actuals.csv.monthRange': 'le mois {month} est hors de l’analyse, qui va de {first} (la période initiale) à {last}',
  'cli-actuals.csv.lineBlank': 'la ligne est vide\u00a0: donnez son identifiant ou son nom',
  'cli-actuals.csv.noLine': 'aucune ligne n’a l’identifiant ou le nom {name}',
  'cli-actuals.csv.ambiguousLine.one': '{name} est le nom de {count}\u00a0ligne ({ids})\u00a0: donnez l’identifiant de la ligne',
  'cli-actuals.csv.ambiguousLine.few': '{name} est le nom de {count}\u00a0lignes ({ids})\u00a0: donnez l’identifiant de la ligne',
  'cli-actuals.csv.ambiguousLine.many': '{name} est le nom de {count}\u00a0lignes ({ids})\u00a0: donnez l’identifiant de la ligne',
  'cli-actuals.csv.ambiguousLine.other': '{name} est le nom de {count}\u00a0lignes ({ids})\u00a0: donnez l’identifiant de la ligne',
  'cli-actuals.csv.kpi': '{name} est un indicateur, pas une ligne\u00a0: les valeurs d’un indicateur vont dans les kpis de l’analyse, pas dans ce CSV',
  'cli-actuals.csv.measured': 'la ligne d’avantage "{line}" est mesurée par l’indicateur "{kpi}"\u00a0: son réel vient des valeurs de l’indicateur, pas de ce CSV',
  'cli-actuals.csv.duplicate': 'la ligne "{line}" en {month} est déjà donnée à la ligne {row}',
  'cli-actuals.csv.twoWays': '{amount} se lit de deux façons dans un fichier séparé par ";" (séparateur de milliers ou virgule décimale)\u00a0: écrivez-le sans séparateur de milliers, avec un point décimal',
  'cli-actuals.csv.decimalComma': '{amount} a une virgule décimale\u00a0: attendu un montant en {currency} comme 1234.56 ou 1,234.56, avec un point décimal',
  'cli-actuals.csv.amount': 'attendu\u00a0: un montant en {currency} comme 1234.56 ou 1,234.56\u00a0; reçu {got}',
  'cli-actuals.csv.tooLarge': '{amount} dépasse {max} en valeur absolue, ce n’est pas un montant plausible',
};
