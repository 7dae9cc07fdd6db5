// SPDX-License-Identifier: EUPL-1.2
import { prepareTemplate, type TestDatabaseKind } from '../src/test-support/test-database.js';

const kind = (process.argv[2] ?? 'sqlite') as TestDatabaseKind;
await prepareTemplate(kind);
