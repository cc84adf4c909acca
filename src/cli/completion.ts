// `lifeboat completion bash|zsh`: a completion script made from the command table, so that it completes the
// commands and options the CLI has (never a list kept by hand). zsh runs the bash script through bashcompinit.
import { optionsOf, type Command } from './command.ts';

/** The server commands main.ts dispatches before the client table, with their options. */
const SERVER_COMMANDS: Readonly<Record<string, readonly string[]>> = {
  serve: ['--no-worker', '--help'], worker: ['--help'], migrate: ['--help'],
  backup: ['--out', '--passphrase-file', '--help'], restore: ['--from', '--passphrase-file', '--force', '--check', '--help'],
  'rotate-master-key': ['--new-key-file', '--help'],
};

const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

export function bashCompletion(commands: readonly Command[]): string {
  const next = new Map<string, Set<string>>();
  const opts = new Map<string, string[]>();
  const add = (path: string, word: string) => (next.get(path) ?? next.set(path, new Set()).get(path)!).add(word);
  for (const name of Object.keys(SERVER_COMMANDS)) add('', name);
  add('', 'completion');
  for (const c of commands) {
    c.words.forEach((word, i) => add(c.words.slice(0, i).join(' '), word));
    opts.set(c.words.join(' '), Object.entries(optionsOf(c)).flatMap(([name, spec]) => [`--${name}`, ...(spec.short ? [`-${spec.short}`] : [])]));
  }
  for (const [name, list] of Object.entries(SERVER_COMMANDS)) opts.set(name, [...list]);
  next.set('completion', new Set(['bash', 'zsh']));
  const cases = (map: Map<string, Iterable<string>>) => [...map].map(([path, words]) => `    ${quote(path)}) echo ${quote([...words].join(' '))} ;;`).join('\n');
  return `# lifeboat completion for bash: source <(lifeboat completion bash), or save it to a file your shell sources.
_lifeboat_words() {
  case "$1" in
${cases(next)}
  esac
}
_lifeboat_options() {
  case "$1" in
${cases(opts)}
  esac
}
_lifeboat() {
  local cur=\${COMP_WORDS[COMP_CWORD]} path="" word i longer
  for ((i = 1; i < COMP_CWORD; i++)); do
    word=\${COMP_WORDS[i]}
    [[ $word == -* ]] && break
    longer=\${path:+$path }$word
    [[ -z "$(_lifeboat_words "$longer")$(_lifeboat_options "$longer")" ]] && break
    path=$longer
  done
  local candidates
  if [[ $cur == -* ]]; then candidates=$(_lifeboat_options "$path"); else candidates=$(_lifeboat_words "$path"); fi
  COMPREPLY=($(compgen -W "$candidates" -- "$cur"))
}
complete -F _lifeboat lifeboat
`;
}

export function zshCompletion(commands: readonly Command[]): string {
  return `#compdef lifeboat
# lifeboat completion for zsh: source <(lifeboat completion zsh) in ~/.zshrc (after compinit).
autoload -U +X bashcompinit && bashcompinit
${bashCompletion(commands).split('\n').slice(1).join('\n')}`;
}
