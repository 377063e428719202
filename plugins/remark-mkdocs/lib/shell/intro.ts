/**
 * What the paragraph right before a block says about it. Lessons introduce sample output in prose ("For example,
 * your output will look something like:", "You should see:", "The result should match:") and commands too ("Run:",
 * "This makes two PNG files. Look at them:"). Only the paragraph's last sentence is read, the one that leads into
 * the block. A tie-breaker, never a verdict of its own: the classifier weighs it only where the block's lines do not
 * decide (see `analyse`).
 */

export type Intro = 'output' | 'command';

/**
 * A sentence that tells the reader to do something: an imperative at its start (`Run:`, `Now type:`, `Look at
 * them:`, after a purpose clause: `To see the pods, run:`), or one that says a command follows ("with the following
 * command:", "by running:").
 */
const IMPERATIVE =
  /^(?:(?:now|then|next|first|finally|again|also|so|please|and|or)\b,?\s+)*(?:(?:run|type|execute|enter|issue|invoke|launch|try|use|paste|call|start)\b|(?:look at|open|view|check|inspect|display|get)\s)/i;
/**
 * The same in Portuguese ("Execute o comando:", "Rode:", "Digite:", "Agora, execute:", "Vamos executar:"), Spanish
 * ("Ejecuta:", "Escribe:"), French ("Exécutez :", "Lancez :", "Tapez :") and German ("Führen Sie aus:", "Gib ein:").
 */
const IMPERATIVE_OTHER =
  /^(?:(?:agora|então|entao|depois|primeiro|em seguida|também|tambem|e|ahora|luego|primero|maintenant|puis|ensuite|jetzt|dann|nun)(?![\p{L}]),?\s+)*(?:(?:execute|executem|rode|rodem|digite|digitem|vamos\s+(?:executar|rodar|digitar)|ejecuta|ejecute|ejecutamos|escribe|escriba|corre|exécutez|executez|exécute|lancez|lance|tapez|tape|saisissez|führen\s+sie|führe|fuhre|geben\s+sie|gib|tippe|tippen\s+sie)(?![\p{L}]))/iu;
/** Purpose clauses before the verb: "To see the pods, run:", "Para iniciar o servidor, execute:", "Pour lancer, tapez :", "Um … zu starten, führe … aus:". */
const PURPOSE = /^(?:to|para|pour|um)\s[^,]*,\s*/i;
/**
 * Verbs of looking (and getting): "Look at them:" is a command to open them, "Look at the output:" points at output;
 * "Then get a list of available timezones:" is a command, "Get the result:" output.
 */
const LOOKING = /^(?:(?:now|then|next|first|finally|again|also|so|please|and|or)\b,?\s+)*(?:look at|open|view|check|inspect|display|get)\s/i;
/** Not "the command line" ("control Tekton pipelines from the command line."), "the command prompt": places, not a command that follows. */
const COMMAND_FOLLOWS =
  /\b(?:(?:the|this|these)\s+(?:following\s+)?commands?|following\s+commands?|by\s+(?:running|typing|executing|entering)|with\s+(?:the\s+)?(?:following\s+)?command|(?:o|os|este|estes|esse|esses|el|los|este|le|la|les|cette|ce|der|den|diesen|folgenden)\s+(?:seguintes?\s+|siguientes?\s+|suivantes?\s+)?(?:comandos?|commandes?|Befehle?n?)|com\s+o\s+(?:seguinte\s+)?comando|con\s+el\s+(?:siguiente\s+)?comando|avec\s+la\s+commande|mit\s+dem\s+(?:folgenden\s+)?Befehl)\b(?![-\s]+(?:line|prompt|palette|window|interface)s?\b)/i;
/** Words that name what a command printed. */
const OUTPUT_WORDS =
  /\b(?:outputs?|results?|responses?|returns?|returned|prints?|printed|gives?)\b|\b(?:you|we)(?:'ll|\s+will|\s+should|\s+would|\s+may|\s+might|\s+can)?\s+(?:now\s+|then\s+|also\s+)?(?:see|get)\b|\bshould\s+(?:match|return|print|show|display)\b/i;
/**
 * The same in Portuguese ("E nosso resultado será algo parecido com:", "A resposta deve ser:", "Saída:", "Você
 * verá:"), Spanish ("La salida será:", "El resultado:"), French ("Le résultat sera :", "Vous devriez voir :") and
 * German ("Die Ausgabe sollte so aussehen:", "Ergebnis:").
 */
const OUTPUT_WORDS_OTHER =
  /(?<![\p{L}])(?:resultados?|respostas?|sa[ií]das?|retorn(?:a|ará|ara|ou)|imprim(?:e|irá|iu)|exib(?:e|irá|iu)|ver[áa]s?|veremos|vamos\s+ver|salidas?|respuestas?|devuelve|résultats?|resultats?|réponses?|sorties?|affiche(?:ra)?|verrez|devriez\s+voir|ausgaben?|ergebnis(?:se)?|antwort|gibt\s+aus|sehen)(?![\p{L}])/iu;
/**
 * How a sentence that leads into a block ends: a colon, or "like", "similar to", "the following", "this", "below"
 * ("…will look like the following."). Not "Otherwise you will get an error message.": a remark, not an introduction.
 */
const LEADS_IN = /(?::|\b(?:like|to|following|this|below|com|como|abaixo|seguinte|a seguir|siguiente|suivante|ci-dessous|folgt)\.?)$/i;
/** "The output of this command", "the result of the following command": output, whatever command is named. */
const OUTPUT_OF = /\b(?:outputs?|results?|responses?)\s+(?:of|from)\b|(?<![\p{L}])(?:resultados?|respostas?|sa[ií]das?|salidas?|respuestas?|r[ée]sultats?|sorties?|r[ée]ponses?)\s+d(?:[oae]s?|el|u|es|e\s+la)(?![\p{L}])/iu;

/**
 * A paragraph that is only a label for what follows: "output", "Output:", "Result", "Response", "Sample output",
 * "Expected output", "**Output**" (Portuguese "Saída", Spanish "Salida", French "Sortie", German "Ausgabe" too). A
 * heading of a word, no sentence to end with a colon: it names the block.
 */
const OUTPUT_LABEL =
  /^[*_]*(?:(?:sample|expected|example|actual|typical)\s+)?(?:outputs?|results?|responses?|sa[ií]das?|resultados?|salidas?|sorties?|r[ée]sultats?|ausgaben?|ergebnis(?:se)?)[*_]*\s*:?\s*[*_]*$/iu;

/** What the paragraph's last sentence says the block is, if it says. */
export function readIntro(text: string | undefined): Intro | undefined {
  if (text === undefined) return undefined;
  if (OUTPUT_LABEL.test(text.trim())) return 'output';
  const sentence = lastSentence(text);
  if (sentence === '') return undefined;
  // "To see the pods, run:": the purpose clause says why, the verb after it what to do.
  const clause = sentence.replace(PURPOSE, '');
  if (IMPERATIVE.test(clause)) return LOOKING.test(clause) && OUTPUT_WORDS.test(clause) ? 'output' : 'command';
  if (IMPERATIVE_OTHER.test(clause)) return 'command';
  // "…with the following command:", but not "The command `docker inspect x` will give:" (what it printed follows).
  const named = COMMAND_FOLLOWS.exec(sentence);
  if (named && !OUTPUT_OF.test(sentence) && !outputWords(sentence.slice(named.index + named[0].length))) return 'command';
  return outputWords(sentence) && LEADS_IN.test(sentence) ? 'output' : undefined;
}

function outputWords(text: string): boolean {
  return OUTPUT_WORDS.test(text) || OUTPUT_WORDS_OTHER.test(text);
}

/** The text after the last sentence end (`.`, `!`, `?` and a space): a colon or nothing ends what leads into a block. */
export function lastSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  // "e.g." and "i.e." end no sentence.
  const parts = flat.replace(/\b(e\.g|i\.e|etc|vs)\./gi, '$1\u0000').split(/(?<=[.!?])\s+(?=\S)/);
  return (parts[parts.length - 1] ?? '').replace(/\u0000/g, '.').trim();
}
