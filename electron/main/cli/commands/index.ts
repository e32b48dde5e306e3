import type { CliCommand } from '../command';
import { info } from './info';

/** Every implemented `stackwise` subcommand, in the order --help lists them. */
export const commands: readonly CliCommand[] = [info];

/** Subcommands later versions add; running one says so instead of failing obscurely. */
export const plannedCommands = ['validate', 'badges', 'spec', 'package', 'verify'] as const;
