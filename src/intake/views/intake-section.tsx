// SPDX-License-Identifier: EUPL-1.2
import type { PageContext } from '../../platform/views/page-context.js';
import type { Intake, TheoryOfChange } from '../intake.service.js';
import { TheoryChain } from './theory-chain.js';

interface IntakeSectionProps {
  ctx: PageContext;
  pilotId: number;
  intake: Intake | null;
  theory: TheoryOfChange | null;
  viewerIsTeam: boolean;
}

/** Pilot page block: the learning goals and the theory of change, or a prompt to the team to start the intake. */
export function IntakeSection({ ctx, pilotId, intake, theory, viewerIsTeam }: IntakeSectionProps): JSX.Element {
  const { t } = ctx;
  return (
    <section class="ps-intake-section" aria-labelledby="intake-heading">
      <h2 class="utrecht-heading-2" id="intake-heading" safe>{t('intake.sectionHeading')}</h2>
      {intake ? (
        <>
          <p class="utrecht-paragraph ps-pre-line" safe>{intake.learningGoals}</p>
          <p class="utrecht-paragraph" safe>{t('intake.rhythmEvery', { count: intake.reflectionRhythmWeeks })}</p>
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={`/pilots/${pilotId}/intake`} safe>{viewerIsTeam ? t('intake.edit') : t('intake.view')}</a>
          </p>
        </>
      ) : (
        <div class="utrecht-alert ps-intake-prompt" role="note">
          <p class="utrecht-paragraph" safe>{t('intake.prompt')}</p>
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={`/pilots/${pilotId}/intake`} safe>{t('intake.start')}</a>
          </p>
        </div>
      )}
      <h3 class="utrecht-heading-3" safe>{t('intake.theory.heading')}</h3>
      {theory ? <TheoryChain ctx={ctx} theory={theory} headingLevel={4} /> : <p class="utrecht-paragraph ps-muted" safe>{t('intake.theory.none')}</p>}
      {theory || viewerIsTeam ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`/pilots/${pilotId}/theory-of-change`} safe>
            {theory ? (viewerIsTeam ? t('intake.theory.edit') : t('intake.theory.view')) : t('intake.theory.start')}
          </a>
        </p>
      ) : (
        ''
      )}
    </section>
  );
}
