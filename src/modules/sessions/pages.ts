/** The few pages a browser sees from the sign-in itself (everything else is the console's). */

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A plain, self-contained page: no script, no external resource. */
export function signInPage(title: string, paragraphs: readonly string[]): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} · Lifeboat</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1b1f24;line-height:1.5}h1{font-size:1.5rem}a{color:#0b57d0}</style>
</head><body><main>
<h1>${escape(title)}</h1>
${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}
<p><a href="/">Back to the sign-in page</a></p>
</main></body></html>
`;
}
