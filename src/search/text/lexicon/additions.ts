// SPDX-License-Identifier: EUPL-1.2
/**
 * Lexicon: words added after measuring "similar pilots" (docs/adr/0009-matching-evaluation.md), where a compound
 * stayed whole because one of its parts was missing ("parkeerdetectie", "jongerenberaad", "energieklusteam").
 * General municipal vocabulary in base form, not words of particular pilots.
 */
export const MEASURED_ADDITIONS = `
detectie detector teller dimmer mast vervuiling vulling bezetting klus beraad trekking steekproef stemming
verzekering lening krediet rekening oppas adempauze ontlasting zorgtaak opslag opwek opwekking kier radiator
thermostaat koude inval
`;
