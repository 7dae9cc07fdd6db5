// SPDX-License-Identifier: EUPL-1.2
import { Html } from '@kitajs/html';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { Button, ChoiceGroup, CsrfField, fieldValues, type FormState } from '../../platform/views/form-components.js';
import { barriers, risks, strategies, type Barrier } from '../reflection.catalogue.js';
import type { RankedStrategy } from '../barriers.service.js';

export interface BarriersPageProps {
  ctx: PageContext;
  pilot: { id: number; title: string };
  form: FormState;
  /** The barriers as saved, for the advice (not the form's unsaved ticks). */
  advice: ReadonlyMap<Barrier, readonly RankedStrategy[]>;
}

function Advice({ ctx, advice }: { ctx: PageContext; advice: ReadonlyMap<Barrier, readonly RankedStrategy[]> }): JSX.Element {
  const { t } = ctx;
  if (advice.size === 0) return <p class="utrecht-paragraph" safe>{t('reflection.barriers.adviceNone')}</p>;
  return (
    <>
      {[...advice.entries()].map(([barrier, ranked]) => (
        <section class="ps-barrier-advice" aria-labelledby={`advice-${barrier}`}>
          <h3 class="utrecht-heading-3" id={`advice-${barrier}`} safe>{t('reflection.barriers.adviceFor', { barrier: t(`reflection.barriers.name.${barrier}`) })}</h3>
          <ol class="utrecht-ordered-list">
            {ranked.map((entry) => {
              const notes = [
                entry.pilots > 0 ? t('reflection.barriers.advicePilots', { count: entry.pilots }) : t('reflection.barriers.advicePilotsNone'),
                entry.research ? t('reflection.barriers.adviceResearch') : '',
              ].filter(Boolean);
              return <li class="utrecht-ordered-list__item" safe>{`${t(`reflection.barriers.strategy.${entry.strategy}`)} (${notes.join('; ')})`}</li>;
            })}
          </ol>
        </section>
      ))}
    </>
  );
}

/**
 * "What helped us" for one barrier. Written out (not ChoiceGroup) because every group posts the same field
 * name, and ChoiceGroup derives element ids from the name, which would repeat ids across groups.
 */
function HelpfulGroup({ ctx, barrier, chosen }: { ctx: PageContext; barrier: Barrier; chosen: ReadonlySet<string> }): JSX.Element {
  const { t } = ctx;
  const id = `field-helpful-${barrier}`;
  return (
    <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset" id={id} aria-describedby={`${id}-description`}>
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend" safe>
        {t('reflection.barriers.helpfulLegend', { barrier: t(`reflection.barriers.name.${barrier}`) })}
      </legend>
      <div class="utrecht-form-field-description" id={`${id}-description`} safe>{t('reflection.barriers.helpfulHint')}</div>
      <div class="ps-choices">
        {strategies.map((strategy) => (
          <div class="utrecht-form-field utrecht-form-field--checkbox">
            <input class="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" id={`${id}-${strategy}`} name="helpful" value={`${barrier}:${strategy}`} checked={chosen.has(`${barrier}:${strategy}`)} />
            <label class="utrecht-form-label utrecht-form-label--checkbox" for={`${id}-${strategy}`} safe>{t(`reflection.barriers.strategy.${strategy}`)}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** Barriers checklist with "what helped us" per ticked barrier, ranked advice, and the dark-side risks check. */
export function BarriersPage({ ctx, pilot, form, advice }: BarriersPageProps): JSX.Element {
  const { t } = ctx;
  const title = t('reflection.barriers.pageTitle', { pilot: pilot.title });
  const chosen = new Set(fieldValues(form, 'helpful'));
  return (
    <Layout ctx={ctx} title={title}>
      <>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`/pilots/${pilot.id}`} safe>{t('reflection.sessions.back')}</a>
        </p>
        <h1 class="utrecht-heading-1" safe>{title}</h1>
        <p class="utrecht-paragraph" safe>{t('reflection.barriers.intro')}</p>
        <h2 class="utrecht-heading-2" safe>{t('reflection.barriers.adviceHeading')}</h2>
        <Advice ctx={ctx} advice={advice} />
        <form method="post" action={`/pilots/${pilot.id}/barriers`} class="ps-form" novalidate>
          <CsrfField token={ctx.csrfToken} />
          <ChoiceGroup form={form} name="barriers" type="checkbox" legend={t('reflection.barriers.barriersLegend')} t={t} options={barriers.map((barrier) => ({ value: barrier, label: t(`reflection.barriers.name.${barrier}`) }))} />
          {[...advice.keys()].map((barrier) => (
            <HelpfulGroup ctx={ctx} barrier={barrier} chosen={chosen} />
          ))}
          <h2 class="utrecht-heading-2" safe>{t('reflection.barriers.risksHeading')}</h2>
          <ChoiceGroup form={form} name="risks" type="checkbox" legend={t('reflection.barriers.risksLegend')} t={t} options={risks.map((risk) => ({ value: risk, label: t(`reflection.barriers.risk.${risk}`) }))} />
          <Button>{Html.escapeHtml(t('reflection.barriers.save'))}</Button>
        </form>
      </>
    </Layout>
  );
}
