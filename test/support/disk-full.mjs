// Loaded into the browser host by end-to-end tests (node --import): while the file named by
// STACKWISE_TEST_DISK_FULL exists, creating a file fails with ENOSPC, as on a full disk. Folder
// permissions cannot stand in for this: they do not stop root, which many CI containers run as.
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';

const marker = process.env.STACKWISE_TEST_DISK_FULL;
if (marker) {
  const open = fs.open;
  fs.open = (path, flags, ...rest) => {
    if (/[wa]/.test(String(flags ?? 'r')) && existsSync(marker)) {
      const error = new Error(`ENOSPC: no space left on device, open '${path}'`);
      return Promise.reject(Object.assign(error, { code: 'ENOSPC', syscall: 'open', path }));
    }
    return open(path, flags, ...rest);
  };
  syncBuiltinESMExports();
}
