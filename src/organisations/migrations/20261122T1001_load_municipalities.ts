// SPDX-License-Identifier: EUPL-1.2
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { Kysely } from 'kysely';
import type { ModuleMigration } from '../../db/migrator.js';
import { nameKey, slugify } from '../../platform/text.js';

interface MunicipalityRow {
  code: string;
  name: string;
  common_name: string;
  province: string;
  province_code: string;
}

const csvPath = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'data', 'gemeenten.csv');

/**
 * Loads the 342 municipalities valid on 1 January 2025/2026 from the CBS list (data/gemeenten.csv).
 * The common name is shown ("Den Haag"); the CBS name stays findable through the CBS code.
 * A later municipal merger gets a new migration; this one is frozen.
 */
export const loadMunicipalities: ModuleMigration = {
  async up(db: Kysely<any>) {
    const rows = parse(fs.readFileSync(csvPath, 'utf8'), { columns: true, skip_empty_lines: true }) as MunicipalityRow[];
    const now = new Date().toISOString();
    const values = rows.map((row) => ({
      slug: slugify(row.common_name),
      name: row.common_name,
      name_key: nameKey(row.common_name),
      type: 'municipality',
      cbs_code: row.code,
      province: row.province,
      province_code: row.province_code,
      created_at: now,
      updated_at: now,
    }));
    for (let start = 0; start < values.length; start += 100) {
      await db.insertInto('organisations').values(values.slice(start, start + 100)).execute();
    }
  },
};
