// Preloaded (node --require) into Electron's own install.js by start.mjs. install.js ends a failed
// download with console.error(err.stack); `npm start` explains the failure in one paragraph instead,
// so the reason (the error's first line and the network error behind "fetch failed") goes to file
// descriptor 3 for the launcher, and no stack trace reaches the terminal. Progress output is untouched.
const { writeSync } = require('node:fs');

let networkCause = '';
const fetchWithoutCause = globalThis.fetch;
/** @type {typeof fetch} */
const fetchRecordingCause = async (input, init) => {
  try {
    return await fetchWithoutCause(input, init);
  } catch (error) {
    const cause = error instanceof Error ? error.cause : undefined;
    if (cause instanceof Error) networkCause = cause.message;
    throw error;
  }
};
globalThis.fetch = fetchRecordingCause;

/** @param {unknown} failure */
function reportFailure(failure) {
  const stack = failure instanceof Error ? (failure.stack ?? failure.message) : String(failure);
  const firstLine = (stack.split('\n')[0] ?? '').replace(/^\w*Error: /, '');
  const reason = networkCause ? `${firstLine}: ${networkCause}` : firstLine;
  try {
    writeSync(3, reason);
  } catch {
    process.stderr.write(`${reason}\n`);
  }
}

const consoleError = console.error;
console.error = (...args) => {
  const text = args.map(String).join(' ');
  if (/\n\s+at /.test(text)) reportFailure(text);
  else consoleError(...args);
};
process.on('uncaughtException', (error) => {
  reportFailure(error);
  process.exit(1);
});
