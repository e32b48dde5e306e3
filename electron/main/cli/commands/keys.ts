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
    io.err(
      `stackwise: issuer keys are sealed with a passphrase on the command line: set ${PASSPHRASE_ENV} to it`,
    );
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
  summary: "create, import or show an issuer's signing keys (sealed in the data folder)",
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
      io.err(`Usage: stackwise ${usage}`);
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
        io.out(`Generated the keys of issuer ${issuerId} in ${keystore.file(issuerId)}`);
      } else if (action === 'import') {
        const file = resolve(values.file as string);
        publicKeys = await keystore.import(issuerId, await readFile(file, 'utf8'), {
          replace: values.replace === true,
        });
        io.out(`Imported ${file} as a key of issuer ${issuerId} (${keystore.file(issuerId)})`);
      } else {
        publicKeys = await keystore.publicKeys(issuerId);
        if (!publicKeys) {
          io.err(`stackwise: issuer ${issuerId} has no keys in ${keystore.dir}`);
          return EXIT.problem;
        }
      }
      const { publicKeyMultibase } = publicKeys.ed25519;
      io.out(`Ed25519 public key (Multikey): ${publicKeyMultibase}`);
      io.out(`did:key: ${didKey(publicKeyMultibase)}`);
      if (publicKeys.es256)
        io.out(`ES256 public key (JWK): ${JSON.stringify(publicKeys.es256.publicKeyJwk)}`);
      if (typeof values.url === 'string') {
        io.out(`Controller document to publish at ${values.url}:`);
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
