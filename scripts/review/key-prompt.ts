import { createPrompt, makeTheme, useKeypress, usePrefix, useState } from '@inquirer/core';

export interface KeyChoice<T> {
  key: string;
  name: string;
  value: T;
}

interface KeyPromptConfig<T> {
  message: string;
  choices: ReadonlyArray<KeyChoice<T>>;
}

/**
 * A question answered by one key press, without Enter: an editor walking forty figures
 * presses `c` forty times. Built on the prompt library's own keypress and rendering hooks.
 */
export const keyPrompt = createPrompt(<T>(config: KeyPromptConfig<T>, done: (value: T) => void) => {
  const theme = makeTheme();
  const [chosen, setChosen] = useState<KeyChoice<T> | null>(null);
  const prefix = usePrefix({ theme, status: chosen ? 'done' : 'idle' });
  useKeypress((event, rl) => {
    const choice = config.choices.find((c) => c.key === event.name?.toLowerCase());
    // readline keeps what was typed on its line; clear it so a stray key never piles up.
    rl.clearLine(0);
    if (!choice) return;
    setChosen(choice);
    done(choice.value);
  });
  const message = theme.style.message(config.message, chosen ? 'done' : 'idle');
  if (chosen) return `${prefix} ${message} ${theme.style.answer(chosen.name)}`;
  return `${prefix} ${message} ${config.choices.map((c) => `${theme.style.highlight(c.key)} ${c.name}`).join('  ')}`;
});
