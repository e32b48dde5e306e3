import type { CliCommand } from '../command';
import { badges } from './badges';
import { info } from './info';
import { keys } from './keys';
import { packageCommand } from './package';
import { spec } from './spec';
import { validate } from './validate';
import { verify } from './verify';

/** Every implemented `stackwise` subcommand, in the order --help lists them. */
export const commands: readonly CliCommand[] = [info, validate, spec, keys, badges, packageCommand, verify];
