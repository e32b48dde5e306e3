import { runCli } from './run';

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    console.error(`stackwise: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  },
);
