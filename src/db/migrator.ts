// SPDX-License-Identifier: EUPL-1.2
import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { DatabaseKind } from '../config.js';

/**
 * A migration as modules write it: like Kysely's, but told which database it runs on,
 * so one migration set can use each dialect's column types where they differ.
 */
export interface ModuleMigration {
  up(db: Kysely<any>, kind: DatabaseKind): Promise<void>;
  down?(db: Kysely<any>, kind: DatabaseKind): Promise<void>;
}

/** Migrations keyed by name (`20261122T1500_create_pilots`); names sort in the order they must run. */
export type MigrationSet = Record<string, ModuleMigration>;

class ModuleMigrationProvider implements MigrationProvider {
  constructor(
    private readonly sets: MigrationSet[],
    private readonly kind: DatabaseKind,
  ) {}

  async getMigrations(): Promise<Record<string, Migration>> {
    const result: Record<string, Migration> = {};
    for (const set of this.sets) {
      for (const [name, migration] of Object.entries(set)) {
        if (result[name]) throw new Error(`Two modules define migration ${name}`);
        result[name] = {
          up: (db) => migration.up(db, this.kind),
          down: migration.down ? (db) => migration.down!(db, this.kind) : undefined,
        };
      }
    }
    return result;
  }
}

/** Runs every pending migration of the given modules; throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<any>, kind: DatabaseKind, sets: MigrationSet[]): Promise<string[]> {
  // Modules are developed side by side, so a migration written later may carry an earlier timestamp than one that
  // already ran; each module's migrations only depend on its own earlier ones and on older modules' tables.
  const migrator = new Migrator({ db, provider: new ModuleMigrationProvider(sets, kind), allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error) {
    const name = failed ? ` (${failed.migrationName})` : '';
    throw new Error(`Migration failed${name}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return (results ?? []).filter((result) => result.status === 'Success').map((result) => result.migrationName);
}
