// SPDX-License-Identifier: EUPL-1.2
import type { OrganisationType } from '../../organisations/organisations.tables.js';
import { nameKey, slugify } from '../../platform/text.js';
import type { NewOrganisation } from '../../organisations/organisations.bulk.js';
import type { BulkUser } from '../../accounts/accounts.bulk.js';
import type { Random } from './random.js';
import { firstNames, jobTitles, lastNames, organisationPatterns, organisationWords, regions } from './names.js';

type OtherType = Exclude<OrganisationType, 'municipality'>;

const typeWeights: Record<OtherType, number> = { company: 35, foundation: 25, knowledge_institute: 12, partnership: 15, government: 13 };

/** Synthetic non-municipal organisations with unique slugs (existing slugs are avoided). */
export function generateOrganisations(random: Random, count: number, takenSlugs: Set<string>, createdAt: () => string): NewOrganisation[] {
  const rows: NewOrganisation[] = [];
  for (let index = 0; index < count; index += 1) {
    const type = random.weighted(typeWeights);
    const name = random
      .pick(organisationPatterns[type])
      .replace('{word}', random.pick(organisationWords))
      .replace('{region}', random.pick(regions));
    let slug = slugify(name);
    for (let attempt = 2; takenSlugs.has(slug); attempt += 1) slug = `${slugify(name)}-${attempt}`;
    takenSlugs.add(slug);
    // Names repeat across regions; the number keeps look-ups by name unambiguous.
    const uniqueName = slug === slugify(name) ? name : `${name} ${slug.slice(slug.lastIndexOf('-') + 1)}`;
    rows.push({ slug, name: uniqueName, nameKey: nameKey(uniqueName), type, website: null, description: null, createdAt: createdAt() });
  }
  return rows;
}

/** Synthetic members spread over the given organisations; e-mail addresses end in `.example`. */
export function generateMembers(random: Random, count: number, organisationIds: readonly number[], seed: number, createdAt: () => string): BulkUser[] {
  const users: BulkUser[] = [];
  for (let index = 0; index < count; index += 1) {
    const first = random.pick(firstNames);
    const last = random.pick(lastNames);
    const local = nameKey(`${first} ${last}`).replace(/ /g, '.');
    users.push({
      id: `syn${seed.toString(36)}${random.hex(20)}`,
      name: `${first} ${last}`,
      email: `${local}.${index}@s${seed}.synthetic.example`,
      organisationId: organisationIds[random.skewedIndex(organisationIds.length, 1.4)]!,
      role: index < 5 ? 'moderator' : 'member',
      jobTitle: random.pick(jobTitles),
      emailVerified: true,
      createdAt: createdAt(),
    });
  }
  return users;
}
