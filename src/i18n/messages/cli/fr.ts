import type { CliMessages } from './en';

// French typography: a no-break space (U+00A0) inside « » and before ? : ; ! and %
export const cliFr: CliMessages = {
  'cli.help': `crm-roi\u00a0: analyses de rentabilité CRM (coûts, avantages, VAN, ROI, délai de récupération) en ligne de commande.

Utilisation\u00a0: crm-roi <commande> [options]

Commandes\u00a0:
{commands}

«\u00a0crm-roi <commande> --help\u00a0» affiche les options d’une commande. Le texte est dans la langue
de --lang (en, de, fr, pl, zh-CN), sinon dans celle de l’environnement (LC_ALL, LC_MESSAGES, LANG).`,
  'cli.unknownCommand': 'commande inconnue «\u00a0{name}\u00a0»',
  'cli.internalError': 'erreur interne\u00a0: {detail}',

  'cli.usage.unknownOption': 'option inconnue {option}',
  'cli.usage.missingFile': 'le fichier d’analyse manque',
  'cli.usage.oneFile': 'un seul fichier d’analyse attendu, reçu\u00a0: {count}',
  'cli.usage.needsValue': '{option} demande une valeur',
  'cli.usage.givenTwice': '{option} est donné deux fois',
  'cli.usage.wholeNumber': '{option} doit être un nombre entier de {min} à {max}, reçu\u00a0: {got}',
  'cli.usage.lang': '--lang doit être l’une des langues {locales}, reçu\u00a0: {got}',

  'cli.invalidCase.one': '{file} n’est pas une analyse valide ({count}\u00a0problème)\u00a0:',
  'cli.invalidCase.few': '{file} n’est pas une analyse valide ({count}\u00a0problèmes)\u00a0:',
  'cli.invalidCase.many': '{file} n’est pas une analyse valide ({count}\u00a0de problèmes)\u00a0:',
  'cli.invalidCase.other': '{file} n’est pas une analyse valide ({count}\u00a0problèmes)\u00a0:',

  'cli.file.empty': '{path} est vide',
  'cli.file.notJson': '{path} n’est pas du JSON valide\u00a0: {reason} (ligne {line}, colonne {column})',
  'cli.file.jsonEnd': 'fin inattendue du texte JSON',
  'cli.file.jsonUnexpected': 'caractère inattendu {char}, attendu\u00a0: {expected}',
  'cli.file.jsonWant.value': 'une valeur\u00a0: objet, tableau, texte entre guillemets droits, nombre, true, false ou null',
  'cli.file.jsonWant.key': 'un nom de propriété entre guillemets droits',
  'cli.file.jsonWant.colon': '":" après le nom de la propriété',
  'cli.file.jsonWant.nextInObject': '"," ou "{close}" après la valeur de la propriété',
  'cli.file.jsonWant.nextInArray': '"," ou "{close}" après la valeur',
  'cli.file.jsonWant.end': 'plus rien après la valeur',
  'cli.file.jsonWant.digit': 'un chiffre',
  'cli.file.jsonWant.escape': 'une séquence d’échappement comme \\n ou \\u00e9',
  'cli.file.jsonWant.stringChar': 'du texte, où un saut de ligne ou un autre caractère de contrôle s’écrit en séquence d’échappement (\\n)',
  'cli.file.utf16': '{path} est un texte UTF-16\u00a0; enregistrez-le en UTF-8',
  'cli.file.notUtf8': '{path} n’est pas un texte UTF-8\u00a0: séquence d’octets invalide à l’octet {offset} (ligne {line})\u00a0; enregistrez-le en UTF-8',
  'cli.file.notZip': '{path} n’est pas un classeur .xlsx\u00a0: ce n’est pas une archive ZIP, ce qu’est tout fichier .xlsx',
  'cli.file.badXlsx': '{path} n’est pas un classeur .xlsx lisible\u00a0: {detail}',
  'cli.file.noRoiSheet': '{path}\u00a0: le classeur ne contient aucune feuille CRM ROI créée par crm-roi ou par le complément',
  'cli.file.sheetInputs': '{path}\u00a0: la feuille contient des saisies invalides\u00a0:',
  'cli.file.cannotRead': 'impossible de lire {path}\u00a0: {reason}',
  'cli.file.cannotWrite': 'impossible d’écrire {path}\u00a0: {reason}',
  'cli.fs.noSuchFile': 'fichier introuvable',
  'cli.fs.noFolder': 'son dossier n’existe pas',
  'cli.fs.permission': 'permission refusée',
  'cli.fs.isDirectory': 'c’est un dossier',
  'cli.fs.notDirectory': 'une partie du chemin est un fichier, pas un dossier',
  'cli.fs.noSpace': 'plus d’espace sur le disque',
  'cli.fs.quota': 'le quota disque est épuisé',
  'cli.fs.tooBig': 'le fichier dépasserait la taille maximale des fichiers',
  'cli.fs.readOnly': 'le système de fichiers est en lecture seule',
  'cli.fs.nameTooLong': 'le nom est trop long',
  'cli.fs.loop': 'trop de liens symboliques',

  'cli.percent': '{value}\u00a0%',
  'cli.months': '{value}\u00a0mois',
  'cli.monthNumber': 'mois {month} ({calendar})',
  'cli.never': 'jamais',
  'cli.notAvailable': 'n.\u00a0d.',

  'cli.metric.TOTAL_COSTS': 'Total des coûts',
  'cli.metric.TOTAL_BENEFITS': 'Total des avantages',
  'cli.metric.NET_BENEFIT': 'Avantage net',
  'cli.metric.PV_COSTS': 'Valeur actuelle des coûts',
  'cli.metric.PV_BENEFITS': 'Valeur actuelle des avantages',
  'cli.metric.ROI': 'ROI (nominal, non actualisé)',
  'cli.metric.ROI_PV': 'ROI (valeur actuelle, base TEI)',
  'cli.metric.BCR': 'Ratio avantages/coûts (actualisé)',
  'cli.metric.IRR': 'TRI (annualisé)',
  'cli.metric.PAYBACK': 'Délai de récupération (mois, simple)',
  'cli.metric.PAYBACK_DISCOUNTED': 'Délai de récupération (mois, actualisé)',
  'cli.metric.BREAK_EVEN': 'Mois du point mort',
  'cli.metric.PEAK_FUNDING_MONTH': 'Mois du besoin de financement maximal',

  'cli.evaluate.summary': 'Évaluer une analyse et afficher sa VAN, son ROI, son TRI et son délai de récupération',
  'cli.evaluate.usage': `Utilisation\u00a0: crm-roi evaluate <analyse.json | roi.xlsx> [--json] [--lang <langue>]

Valide un fichier d’analyse, construit son échéancier mensuel et affiche les indicateurs\u00a0:
totaux, valeurs actuelles, VAN, ROI (nominal et sur base actualisée), ratio avantages/coûts,
TRI, délai de récupération (simple et actualisé), mois du point mort et un tableau par année,
chaque total aussi avant ajustement pour risque. Avec des estimations à trois points, il ajoute
les scénarios prudent, attendu et optimiste côte à côte et la sensibilité de la VAN (tornado),
l’écart le plus large d’abord.
Avec du réel (\`crm-roi actuals\` l’intègre depuis un CSV), il ajoute le prévu contre le réel\u00a0:
les chiffres à ce jour et leur écart, par ligne\u00a0; une reprévision (le réel connu, le prévu
ensuite) à côté du prévu\u00a0; le ROI annuel réalisé et le délai de récupération qu’il implique\u00a0;
les trimestres et les années avec leur ROI de période\u00a0; et les indicateurs face à leur
référence et à leur cible.
Le format d’analyse est décrit dans docs/case-format.md\u00a0; examples/ contient des exemples.
Un .xlsx écrit par \`crm-roi workbook\` est lu depuis sa feuille ROI, avec vos modifications.

Options\u00a0:
  --json             afficher les indicateurs en JSON (erreurs sous la forme {errorJson})\u00a0;
                     "unadjusted", "scenarios" et "sensitivity" figurent à côté des indicateurs,
                     "actuals", "reforecast" et "kpis" quand l’analyse en a.
                     Identique dans toutes les langues
  --lang <langue>    la langue du texte\u00a0: {locales} (par défaut\u00a0: d’après
                     LC_ALL, LC_MESSAGES ou LANG, sinon en)
  -h, --help         afficher cette aide

Codes de sortie\u00a0: 0 évalué\u00a0; 1 le fichier manque, n’est pas du JSON ou n’est pas une analyse
valide (chaque problème est listé sur stderr)\u00a0; 2 erreur d’utilisation.`,
  'cli.evaluate.case': 'Analyse',
  'cli.evaluate.horizon.one': '{count}\u00a0mois à partir du {start} ({first} – {last})',
  'cli.evaluate.horizon.few': '{count}\u00a0mois à partir du {start} ({first} – {last})',
  'cli.evaluate.horizon.many': '{count}\u00a0mois à partir du {start} ({first} – {last})',
  'cli.evaluate.horizon.other': '{count}\u00a0mois à partir du {start} ({first} – {last})',
  'cli.evaluate.rate': '{annual} par an ({monthly} par mois)',
  'cli.evaluate.withUnadjusted': '{value}  (avant ajustement pour risque\u00a0: {unadjusted})',
  'cli.evaluate.year': 'Année',
  'cli.evaluate.months': 'Mois',
  'cli.evaluate.costs': 'Coûts',
  'cli.evaluate.benefits': 'Avantages',
  'cli.evaluate.net': 'Net',
  'cli.evaluate.cumulativeNet': 'Net cumulé',
  'cli.evaluate.initial': 'Initial',
  'cli.evaluate.scenario': 'Scénario',
  'cli.evaluate.conservative': 'Prudent',
  'cli.evaluate.expected': 'Attendu',
  'cli.evaluate.optimistic': 'Optimiste',
  'cli.evaluate.sensitivity': 'Sensibilité de la VAN',
  'cli.evaluate.swing': 'Écart',

  'cli.simulate.summary': 'Monte-Carlo sur les estimations à trois points\u00a0: VAN, ROI et délai de récupération aux P10/P50/P90',
  'cli.simulate.usage': `Utilisation\u00a0: crm-roi simulate <analyse.json | roi.xlsx> [--iterations N] [--seed S] [--pert] [--json] [--lang <langue>]

Simulation de Monte-Carlo sur les estimations à trois points de l’analyse (un inducteur donné
sous la forme {estimate})\u00a0: chaque tirage donne à chaque estimation une
valeur de sa fourchette, indépendamment des autres, et évalue l’analyse. Affiche la VAN, le ROI
(base actualisée) et le délai de récupération simple aux P10, P50 et P90 avec leurs moyennes,
ainsi que la part des tirages à VAN positive et de ceux qui récupèrent l’investissement dans
l’horizon. Une analyse sans estimations donne son cas attendu à chaque tirage. La méthode est
décrite dans docs/finance.md («\u00a0Monte Carlo simulation\u00a0»).

Options\u00a0:
  --iterations N     le nombre de tirages, un nombre entier de 1 à {maxIterations} (par défaut {iterations})
  --seed S           la graine du générateur aléatoire, un nombre entier de 0 à {maxSeed} (par défaut {seed})\u00a0;
                     la même graine donne les mêmes chiffres
  --pert             tirer selon des lois bêta-PERT au lieu de lois triangulaires
  --json             afficher les chiffres en JSON (null\u00a0: un délai de récupération qui dépasse
                     l’horizon, ou un ROI sans coûts). Identique dans toutes les langues
  --lang <langue>    la langue du texte\u00a0: {locales} (par défaut\u00a0: d’après
                     LC_ALL, LC_MESSAGES ou LANG, sinon en)
  -h, --help         afficher cette aide

Codes de sortie\u00a0: 0 simulé\u00a0; 1 le fichier manque, n’est pas du JSON ou n’est pas une analyse
valide (chaque problème est listé sur stderr)\u00a0; 2 erreur d’utilisation.`,
  'cli.simulate.draws': 'Tirages',
  'cli.simulate.drawsValue': '{count}, graine {seed}',
  'cli.simulate.estimates': 'Estimations à trois points',
  'cli.simulate.estimatesTriangular': '{count}, chacune tirée selon une loi triangulaire, indépendamment',
  'cli.simulate.estimatesPert': '{count}, chacune tirée selon une loi bêta-PERT, indépendamment',
  'cli.simulate.estimatesNone': 'aucune dans l’analyse\u00a0: chaque tirage est le cas attendu, comme chaque chiffre ci-dessous',
  'cli.simulate.mean': 'Moyenne',
  'cli.simulate.npvPositive': 'VAN positive',
  'cli.simulate.paysBack.one': 'Récupération en {count}\u00a0mois au plus',
  'cli.simulate.paysBack.few': 'Récupération en {count}\u00a0mois au plus',
  'cli.simulate.paysBack.many': 'Récupération en {count}\u00a0mois au plus',
  'cli.simulate.paysBack.other': 'Récupération en {count}\u00a0mois au plus',
  'cli.simulate.share': '{share} des tirages ({hits} sur {total})',

  'cli.workbook.summary': 'Écrire une analyse dans un classeur .xlsx aux formules actives',
  'cli.workbook.usage': `Utilisation\u00a0: crm-roi workbook <analyse.json | roi.xlsx> [-o <fichier.xlsx>] [--sheet <nom>]

Écrit l’analyse dans un classeur Excel\u00a0: la feuille ROI (saisies, un échéancier mensuel en
formules actives, les indicateurs, des plages nommées, deux graphiques\u00a0: flux de trésorerie
net cumulé avec le point de récupération, coûts et avantages par année) et une feuille
«\u00a0{caseSheet}\u00a0» qui contient l’analyse en JSON. Le fichier s’ouvre dans Excel, LibreOffice et
Google Sheets, qui le recalculent.

Si le classeur de sortie existe, il est modifié sur place, comme le complément modifie un
classeur ouvert\u00a0: la feuille ROI de ce nom est mise à jour si crm-roi l’a écrite, sinon une
nouvelle feuille ROI est ajoutée\u00a0; toute autre feuille, tout graphique, nom et propriété est
conservé, de même que chacune de vos cellules, même dans la feuille ROI. Une de vos cellules là
où la feuille a besoin de place arrête l’écriture, et elle est nommée. À partir d’un .xlsx qu’il
a construit, il relit la feuille ROI (avec vos modifications des saisies et des notes) et la
reconstruit au même endroit, sous le nom actuel de la feuille.

Options\u00a0:
  -o, --output <fichier>  où écrire, un fichier .xlsx (par défaut\u00a0: le nom du fichier d’analyse
                          avec .xlsx, ici)\u00a0; jamais le fichier d’analyse lui-même, sauf un .xlsx
                          reconstruit sur place. L’ancien fichier n’est remplacé qu’une fois le
                          nouveau complet\u00a0: une écriture qui échoue le laisse intact.
  --sheet <nom>           nom de la feuille ROI (par défaut «\u00a0CRM ROI\u00a0»), selon les règles d’Excel\u00a0:
                          1 à 31 caractères, aucun de : \\ / ? * [ ] ni caractère de contrôle, pas
                          d’apostrophe au début ou à la fin, ni «\u00a0History\u00a0» ni «\u00a0{caseSheet}\u00a0»
  --lang <langue>      langue de la feuille et de ces messages\u00a0: {locales}.
                       Par défaut\u00a0: celle de la feuille mise à jour ou reconstruite, sinon en.
  -h, --help              afficher cette aide

Codes de sortie\u00a0: 0 écrit\u00a0; 1 le fichier d’analyse manque, n’est pas du JSON ou n’est pas une
analyse valide (chaque problème est listé sur stderr, rien n’est écrit), la sortie est le
fichier d’analyse, ou le fichier ne peut pas être écrit\u00a0; 2 erreur d’utilisation.`,
  'cli.workbook.invalidCase.one': '{file} n’est pas une analyse valide ({count}\u00a0problème)\u00a0; rien n’a été écrit\u00a0:',
  'cli.workbook.invalidCase.few': '{file} n’est pas une analyse valide ({count}\u00a0problèmes)\u00a0; rien n’a été écrit\u00a0:',
  'cli.workbook.invalidCase.many': '{file} n’est pas une analyse valide ({count}\u00a0de problèmes)\u00a0; rien n’a été écrit\u00a0:',
  'cli.workbook.invalidCase.other': '{file} n’est pas une analyse valide ({count}\u00a0problèmes)\u00a0; rien n’a été écrit\u00a0:',
  'cli.workbook.outputIsCase': 'la sortie {output} est le fichier d’analyse {file}\u00a0; y écrire le classeur remplacerait votre analyse. Choisissez un autre -o.',
  'cli.workbook.notXlsx': 'la sortie {output} ne se termine pas par .xlsx\u00a0; Excel, comme crm-roi, reconnaît un classeur à cette extension',
  'cli.workbook.notWritten': '{problem}\u00a0; rien n’a été écrit',
  'cli.workbook.sheet': 'la feuille «\u00a0{sheet}\u00a0» ({owned}, formules\u00a0: {formulas}, plages nommées\u00a0: {names})',
  'cli.workbook.updated': 'Mis à jour dans {output}\u00a0: {sheet}\u00a0; le reste du classeur est inchangé.',
  'cli.workbook.added': 'Ajouté dans {output}\u00a0: {sheet}\u00a0; le reste du classeur est inchangé.',
  'cli.workbook.wrote': '{output} écrit\u00a0: {sheet} et la feuille «\u00a0{caseSheet}\u00a0».',
};
