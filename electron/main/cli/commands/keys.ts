import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { defaultDataDir } from '../../data-dir';
import { controllerDocument, didKey } from '../../signing/key-documents';
import { IssuerKeystore } from '../../signing/keystore';
import { KeyStoreError, passphraseProtector } from '../../signing/protector';
import { type CliCommand, type CliIO, EXIT } from '../command';

export const PASSPHRASE_ENV = 'STACKWISE_KEY_PASSPHRASE';

/** The keystore of the data folder, sealed with the passphrase from the environment (no keychain outside the app). */
export function cliKeystore(dataDirOption: unknown, io: CliIO): IssuerKeystore | undefined {
  const passphrase = process.env[PASSPHRASE_ENV];
  if (!passphrase) {
    io.err(io.tr.t('cli.keys.passphrase', { variable: PASSPHRASE_ENV }));
    return undefined;
  }
  const dataDir =
    typeof dataDirOption === 'string'
      ? resolve(dataDirOption)
      : defaultDataDir(process.platform, process.env, homedir());
  return new IssuerKeystore(dataDir, passphraseProtector(passphrase));
}

const usage =
  'keys <generate|import|show> --issuer ID [--file KEY.pem|KEY.jwk] [--url URL] [--ed25519-only] [--replace] [--data-dir DIR]';

export const keys: CliCommand = {
  name: 'keys',
  usage,
  options: {
    issuer: { type: 'string' },
    file: { type: 'string' },
    url: { type: 'string' },
    'ed25519-only': { type: 'boolean' },
    replace: { type: 'boolean' },
    'data-dir': { type: 'string' },
  },
  async run({ positionals, values }, io) {
    const [action] = positionals;
    const issuerId = values.issuer;
    if (
      positionals.length !== 1 ||
      !['generate', 'import', 'show'].includes(action ?? '') ||
      typeof issuerId !== 'string' ||
      (action === 'import' && typeof values.file !== 'string')
    ) {
      io.err(io.tr.t('cli.usage', { usage }));
      return EXIT.usage;
    }
    const keystore = cliKeystore(values['data-dir'], io);
    if (!keystore) return EXIT.usage;
    try {
      let publicKeys: Awaited<ReturnType<IssuerKeystore['publicKeys']>>;
      if (action === 'generate') {
        publicKeys = await keystore.generate(issuerId, {
          es256: !values['ed25519-only'],
          replace: values.replace === true,
        });
        io.out(io.tr.t('cli.keys.generated', { issuer: issuerId, file: keystore.file(issuerId) }));
      } else if (action === 'import') {
        const file = resolve(values.file as string);
        publicKeys = await keystore.import(issuerId, await readFile(file, 'utf8'), {
          replace: values.replace === true,
        });
        io.out(io.tr.t('cli.keys.imported', { file, issuer: issuerId, keyFile: keystore.file(issuerId) }));
      } else {
        publicKeys = await keystore.publicKeys(issuerId);
        if (!publicKeys) {
          io.err(io.tr.t('cli.keys.none', { issuer: issuerId, folder: keystore.dir }));
          return EXIT.problem;
        }
      }
      const { publicKeyMultibase } = publicKeys.ed25519;
      io.out(io.tr.t('cli.keys.ed25519', { key: publicKeyMultibase }));
      io.out(`did:key: ${didKey(publicKeyMultibase)}`);
      if (publicKeys.es256)
        io.out(io.tr.t('cli.keys.es256', { key: JSON.stringify(publicKeys.es256.publicKeyJwk) }));
      if (typeof values.url === 'string') {
        io.out(io.tr.t('cli.keys.controller', { url: values.url }));
        io.out(JSON.stringify(await controllerDocument(values.url, publicKeys), null, 2));
      }
      return EXIT.ok;
    } catch (e) {
      if (e instanceof KeyStoreError || (e as NodeJS.ErrnoException).code === 'ENOENT') {
        io.err(`stackwise: ${(e as Error).message}`);
        return EXIT.problem;
      }
      throw e;
    }
  },
};
