// SPDX-License-Identifier: EUPL-1.2
import crypto from 'node:crypto';
import fs from 'node:fs';
import { directoryStorage } from '../../documents/document-storage.js';
import { documentsService } from '../../documents/documents.service.js';
import { expertsService } from '../../knowledge/experts.service.js';
import { storiesService } from '../../knowledge/stories.service.js';
import type { CurrentUser } from '../../platform/current-user.js';
import type { AppContext } from '../../platform/module.js';
import { scalingService } from '../../scaling/scaling.service.js';
import { demoDocuments, type DemoDocument } from './documents.js';
import { demoExperts } from './experts.js';
import { demoCandidates, scalingModerator } from './scaling.js';
import { demoStories } from './stories.js';

/** What the loader needs from the pilot and member loading that ran before it. */
export interface KnowledgeDemoIds {
  /** Ids of the demo pilots inserted in this run, by content key (pilots loaded earlier are left alone). */
  pilots: ReadonlyMap<string, number>;
  /** Signed-in stand-ins for demo members. */
  actor(userKey: string): CurrentUser;
}

export interface KnowledgeSummary {
  experts: number;
  stories: number;
  candidates: number;
  analyses: number;
  documents: number;
}

/**
 * Library documents belong to no pilot; they are loaded in the run that inserts this pilot, so a later run
 * (which finds the pilot present) never adds them twice.
 */
const libraryAnchor = 'vroegsignalering-schulden-rotterdam';

function fail(what: string, result: unknown): never {
  throw new Error(`Demo knowledge content: ${what} failed (${JSON.stringify(result)})`);
}

/**
 * Fills the knowledge portal and scaling candidates through each module's service: expert profiles (for
 * members without one yet), and stories, candidates and documents of the demo pilots inserted in this run.
 * Runs after the learning content, whose teams give the story writers and uploaders their rights.
 */
export async function loadKnowledgeDemo(context: AppContext, ids: KnowledgeDemoIds): Promise<KnowledgeSummary> {
  const summary: KnowledgeSummary = { experts: 0, stories: 0, candidates: 0, analyses: 0, documents: 0 };

  const experts = expertsService(context);
  for (const { user, ...profile } of demoExperts) {
    const actor = ids.actor(user);
    if (await experts.find(actor.id)) continue;
    const result = await experts.save(actor, profile);
    if (!result.ok) fail(`expert profile of ${user}`, result);
    summary.experts += 1;
  }

  const stories = storiesService(context);
  for (const { pilot, author, ...story } of demoStories) {
    const pilotId = ids.pilots.get(pilot);
    if (pilotId === undefined) continue;
    const result = await stories.create(pilotId, story, ids.actor(author));
    if (!result.ok) fail(`story of ${pilot}`, result);
    summary.stories += 1;
  }

  const scaling = scalingService(context);
  const moderator = ids.actor(scalingModerator);
  for (const candidate of demoCandidates) {
    const pilotId = ids.pilots.get(candidate.pilot);
    if (pilotId === undefined) continue;
    const marked = await scaling.mark(pilotId, moderator);
    if (!marked.ok) fail(`scaling candidate ${candidate.pilot}`, marked);
    summary.candidates += 1;
    if (!candidate.analysis) continue;
    const recorded = await scaling.recordAnalysis(pilotId, candidate.analysis, moderator);
    if (!recorded.ok) fail(`impact analysis of ${candidate.pilot}`, recorded);
    summary.analyses += 1;
  }

  const withLibrary = ids.pilots.has(libraryAnchor);
  for (const document of demoDocuments) {
    const pilotId = document.pilot === null ? null : ids.pilots.get(document.pilot);
    if (pilotId === undefined || (pilotId === null && !withLibrary)) continue;
    await storeDocument(context, document, pilotId, ids.actor(document.uploader));
    summary.documents += 1;
  }
  return summary;
}

/** Writes the built file to the storage's staging area and stores it as an upload, checked like any other. */
async function storeDocument(context: AppContext, document: DemoDocument, pilotId: number | null, uploader: CurrentUser): Promise<void> {
  const storage = directoryStorage(context.config.documentsDir);
  const bytes = document.build();
  const stagedFile = await storage.stagingPath();
  await fs.promises.writeFile(stagedFile, bytes);
  const result = await documentsService(context, storage).store(
    { stagedFile, originalName: document.fileName, sizeBytes: bytes.length, sha256: crypto.createHash('sha256').update(bytes).digest('hex') },
    { title: document.title, description: document.description, theme: document.theme },
    pilotId,
    uploader,
  );
  if (!result.ok) fail(`document ${document.fileName}`, result);
}
