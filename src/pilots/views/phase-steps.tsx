// SPDX-License-Identifier: EUPL-1.2
import type { Translate } from '../../platform/i18n.js';
import { phases, type Phase } from '../pilots.tables.js';

/**
 * The innovation funnel as numbered steps. Each step says in text whether it is done, current or still ahead,
 * so the meaning never depends on colour; the current step also carries aria-current="step".
 */
export function PhaseSteps({ phase, t }: { phase: Phase; t: Translate }): JSX.Element {
  const current = phases.indexOf(phase);
  return (
    <div class="ps-phase">
      <h2 class="utrecht-heading-2 ps-visually-hidden" id="phase-heading" safe>{t('pilots.page.phaseHeading')}</h2>
      <ol class="ps-phase-steps" aria-labelledby="phase-heading">
        {phases.map((step, index) => {
          const state = index < current ? 'done' : index === current ? 'current' : 'todo';
          const stateText = t(`pilots.page.phase${state === 'done' ? 'Done' : state === 'current' ? 'Current' : 'Todo'}`);
          return (
            <li class={`ps-phase-step ps-phase-step--${state}`} aria-current={state === 'current' ? 'step' : undefined}>
              <span class="ps-phase-step__number" aria-hidden="true" safe>{state === 'done' ? '✓' : String(index + 1)}</span>
              <span class="ps-phase-step__label" safe>{t(`pilots.phase.${step}`)}</span>
              <span class={state === 'current' ? 'ps-phase-step__state' : 'ps-visually-hidden'} safe>{`(${stateText})`}</span>
            </li>
          );
        })}
      </ol>
      <p class="utrecht-paragraph ps-muted" safe>{`${t('pilots.page.phaseStep', { number: current + 1, total: phases.length })}: ${t(`pilots.phaseExit.${phase}`)}`}</p>
    </div>
  );
}
