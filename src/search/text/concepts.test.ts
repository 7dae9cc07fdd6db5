// SPDX-License-Identifier: EUPL-1.2
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ASPECT_CONCEPT_IDS, conceptById, conceptByToken, concepts, conceptToken, indexTerms, isAspectToken, isConceptToken } from './index.js';
import { surfaceUnits } from './matcher.js';
import { tokenize } from './normalise.js';

describe('thesaurus integrity', () => {
  it('has at least 150 concepts with unique ids and tokens', () => {
    assert.ok(concepts.length >= 150, `${concepts.length} concepts`);
    const ids = new Set(concepts.map((c) => c.id));
    const tokens = new Set(concepts.map((c) => conceptToken(c.id)));
    assert.equal(ids.size, concepts.length);
    assert.equal(tokens.size, concepts.length);
  });

  it('uses ids of the form c_name and alphanumeric tokens', () => {
    for (const def of concepts) {
      assert.match(def.id, /^c_[a-z0-9_]+$/, def.id);
      assert.match(conceptToken(def.id), /^c0[a-z0-9]+$/);
      assert.ok(isConceptToken(conceptToken(def.id)));
      assert.equal(conceptByToken(conceptToken(def.id)), def);
      assert.equal(conceptById(def.id), def);
      assert.ok(def.label.trim().length > 0 && def.terms.length >= 2, def.id);
    }
  });

  it('has surface forms that survive analysis; phrases stay phrases', () => {
    for (const def of concepts) {
      for (const term of def.terms) {
        const units = surfaceUnits(term);
        assert.ok(units.length >= 1, `${def.id}: "${term}" has no content words`);
        // A phrase that shrinks to one word after stopword removal would fire on that one word everywhere.
        if (tokenize(term).length > 1) assert.ok(units.length >= 2, `${def.id}: "${term}" shrinks to one word`);
      }
    }
  });

  it('finds every concept through its own first surface form', () => {
    for (const def of concepts) {
      const first = def.terms[0] ?? '';
      assert.ok(indexTerms(first).includes(conceptToken(def.id)), `${def.id}: "${first}"`);
    }
  });
});

describe('thesaurus content', () => {
  const has = (text: string, id: string): boolean => indexTerms(text).includes(conceptToken(id));

  it('covers the examples of the product owner', () => {
    assert.ok(has('laadpalen', 'c_laadpaal') && has('oplaadpunten', 'c_laadpaal'));
    assert.ok(has('laadinfrastructuur voor e-auto’s', 'c_laadpaal'));
    assert.ok(has('Wmo', 'c_wmo') && has('wet maatschappelijke ondersteuning', 'c_wmo'));
    assert.ok(has('BRP', 'c_brp') && has('basisregistratie personen', 'c_brp'));
    assert.ok(has('Omgevingswet', 'c_omgevingswet') && has('omgevingsplan', 'c_omgevingswet'));
    assert.ok(has('schuldhulpverlening', 'c_schuldhulp') && has('financiële problemen', 'c_schuldhulp'));
    assert.ok(has('eenzaamheid', 'c_eenzaamheid') && has('sociaal isolement', 'c_eenzaamheid'));
    assert.ok(has('huishoudelijk afval', 'c_afval') && has('grondstoffen', 'c_afval'));
    assert.ok(has('WOZ-waarde', 'c_woz') && has('BOA’s', 'c_handhaving') && has('AVG', 'c_avg'));
    assert.ok(has('digitale assistent', 'c_chatbot') && has('chatbot', 'c_chatbot'));
  });

  it('links municipal vocabulary across domains', () => {
    const pairs: [string, string][] = [
      ['warmtenetten', 'c_warmtenet'], ['zonnepanelen', 'c_zonnepanelen'], ['van gas los', 'c_aardgasvrij'],
      ['spouwmuurisolatie', 'c_isolatie'], ['wateroverlast', 'c_klimaatadaptatie'], ['statushouders', 'c_statushouders'],
      ['burgerbegroting', 'c_burgerbegroting'], ['inspraak', 'c_participatie'], ['klantcontactcentrum', 'c_klantcontact'],
      ['digitaal loket', 'c_digitaal_loket'], ['ondermijning', 'c_ondermijning'], ['cameratoezicht', 'c_cameratoezicht'],
      ['minima', 'c_armoede'], ['re-integratie', 'c_re_integratie'], ['jeugdhulp', 'c_jeugdhulp'],
      ['mantelzorgers', 'c_mantelzorg'], ['laaggeletterdheid', 'c_laaggeletterdheid'], ['deelauto’s', 'c_deelmobiliteit'],
      ['Internet of Things', 'c_sensoren'], ['dataplatform', 'c_dataplatform'], ['Participatiewet', 'c_participatiewet'],
    ];
    for (const [text, id] of pairs) assert.ok(has(text, id), `${text} → ${id}`);
  });

  it('knows the vocabulary added after measuring (docs/adr/0009-matching-evaluation.md)', () => {
    const pairs: [string, string][] = [
      ['geldproblemen', 'c_schuldhulp'], ['betalingsregeling', 'c_schuldhulp'], ['vaste lastenpartners', 'c_vroegsignalering'],
      ['energiecoaches', 'c_energiearmoede'], ['straatlantaarns', 'c_verlichting'], ['parkeerdetectie', 'c_parkeren'],
      ['gelote inwoners', 'c_burgerpanel'], ['dorpsbudgetten', 'c_burgerbegroting'], ['integrale controles', 'c_ondermijning'],
      ['thuisoppas', 'c_mantelzorg'], ['Wkb', 'c_vergunningen'], ['laadplekken', 'c_laadpaal'],
    ];
    for (const [text, id] of pairs) assert.ok(has(text, id), `${text} → ${id}`);
    assert.ok(!has('achterstanden', 'c_kansengelijkheid'), 'arrears are not about equal opportunities');
  });

  it('marks how-concepts (privacy, data, research) as aspects, subjects not', () => {
    assert.ok(isAspectToken(conceptToken('c_avg')) && isAspectToken(conceptToken('c_dataplatform')));
    assert.ok(!isAspectToken(conceptToken('c_laadpaal')) && !isAspectToken(conceptToken('c_schuldhulp')));
    for (const id of ASPECT_CONCEPT_IDS) assert.ok(concepts.some((def) => def.id === id), id);
  });

  it('keeps elderly and parenting apart', () => {
    assert.ok(has('ouderen', 'c_ouderen') && !has('ouderen', 'c_opvoeding'));
    assert.ok(has('ouders', 'c_opvoeding') && !has('ouders', 'c_ouderen'));
  });
});
