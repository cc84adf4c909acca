// lifeboat completion bash|zsh: prints the shell completion script (src/cli/completion.ts).
import type { Command } from '../command.ts';
import { UsageError } from '../exit-codes.ts';

export const completionCommands: Command[] = [
  {
    words: ['completion'], summary: 'Print the shell completion script for bash or zsh', args: ['<bash|zsh>'],
    details: 'bash: add  source <(lifeboat completion bash)  to ~/.bashrc. zsh: add  source <(lifeboat completion zsh)  to ~/.zshrc, after compinit.',
    example: 'lifeboat completion bash > ~/.lifeboat-completion.bash   # and: source ~/.lifeboat-completion.bash in ~/.bashrc\nlifeboat completion zsh > ~/.lifeboat-completion.zsh',
    async run(context, { args }) {
      const [{ COMMANDS }, { bashCompletion, zshCompletion }] = await Promise.all([import('./index.ts'), import('../completion.ts')]);
      if (args[0] === 'bash') context.io.stdout.write(bashCompletion(COMMANDS));
      else if (args[0] === 'zsh') context.io.stdout.write(zshCompletion(COMMANDS));
      else throw new UsageError(`completion is for bash or zsh, not "${args[0]}"`);
    },
  },
];
