// SPDX-License-Identifier: EUPL-1.2
/** Demo scaling candidates (issue 4 point 6): widely joined demo pilots, most with an impact analysis. */
import type { ImpactAnalysisInput } from '../../scaling/scaling.schemas.js';

export interface DemoCandidate {
  /** Demo pilot key. */
  pilot: string;
  /** Left out while the analysis is still being made. */
  analysis?: ImpactAnalysisInput;
}

/** The moderator (DemoUser key) who marks the candidates and records the analyses. */
export const scalingModerator = 'yusuf-demir';

export const demoCandidates: DemoCandidate[] = [
  {
    pilot: 'vroegsignalering-schulden-rotterdam',
    analysis: {
      reachMunicipalities: 120,
      reach: 'Alle gemeenten met meer dan 30.000 inwoners; kleinere gemeenten via een regionale schuldhulporganisatie. De wet gemeentelijke schuldhulpverlening verplicht vroegsignalering al, maar de uitvoering verschilt sterk.',
      expectedValue: 'Huishoudens komen gemiddeld drie jaar eerder in beeld, met schulden van rond 4.000 euro in plaats van 40.000. Minder huisuitzettingen en afsluitingen, en lagere kosten voor schuldregeling en bijzondere bijstand.',
      costs: 'Eenmalig circa 25.000 euro per gemeente voor convenanten en inrichting; daarna ongeveer 1 fte per 100.000 inwoners voor huisbezoeken, grotendeels binnen de bestaande wijkteams.',
      prerequisites: 'Convenant met verhuurders en vaste-lastenpartners, een verwerkingsgrondslag en DPIA, een wijkteam dat binnen twee weken aanbelt, en een bestuurlijk opdrachtgever die de werkwijze borgt.',
      standardsFit: 'fits',
      standardsExplanation: 'Signalen lopen via de landelijke berichtenbox van de vaste-lastenpartners (Inforing); registratie in de bestaande regiesystemen. Geen eigen koppelingen nodig; past bij Common Ground omdat gegevens bij de bron blijven.',
      recommendation: 'national',
      recommendationArgument: 'Bewezen effect in een grote stad, ruim twintig gemeenten doen al mee en de wettelijke taak bestaat al. Landelijk delen van convenant en werkinstructie bespaart elke gemeente veel uitzoekwerk.',
    },
  },
  {
    pilot: 'energiearmoede-fixteams-groningen',
    analysis: {
      reachMunicipalities: 60,
      reach: 'Gemeenten met veel oudere huurwoningen en huishoudens met een laag inkomen, vooral in Noord- en Oost-Nederland en in de grote steden.',
      expectedValue: 'Gemiddeld 150 tot 250 euro lagere energierekening per huishouden per jaar, meer wooncomfort en werk voor fixers uit de wijk, vaak mensen met afstand tot de arbeidsmarkt.',
      costs: 'Circa 200 euro aan materiaal en 300 euro aan uren per huishouden; een coördinator per 2.000 huishoudens. Deels te betalen uit de landelijke middelen tegen energiearmoede.',
      prerequisites: 'Samenwerking met corporaties en een lokale organisatie die fixers werft en opleidt; afspraken over wie welke klus mag doen; een eenvoudige registratie van bezochte adressen.',
      standardsFit: 'partly',
      standardsExplanation: 'Er is weinig techniek nodig. De registratie gebeurt nu in een spreadsheet; voor landelijke uitrol is een gedeelde, open registratie met een standaard API gewenst.',
      recommendation: 'regional',
      recommendationArgument: 'Werkt aantoonbaar, maar de uitvoering hangt sterk af van lokale partners. Eerst per regio uitrollen met een vaste opleiding voor fixers, daarna opnieuw bekijken.',
    },
  },
  {
    pilot: 'adreskwaliteit-tilburg',
    analysis: {
      reachMunicipalities: 200,
      reach: 'Alle gemeenten die meedoen aan de Landelijke Aanpak Adreskwaliteit, en gemeenten met veel arbeidsmigranten of kamerverhuur.',
      expectedValue: 'Een betrouwbaardere BRP, waardoor toeslagen, belastingen en zorg op het juiste adres terechtkomen; eerder zicht op uitbuiting en overbewoning.',
      costs: 'Vooral uren: circa 0,5 fte per 50.000 inwoners voor onderzoek en huisbezoeken. De selectieregels zijn gratis over te nemen.',
      prerequisites: 'Samenwerking tussen burgerzaken, handhaving en belastingen; een DPIA op het bundelen van signalen; heldere brieven aan bewoners vooraf.',
      standardsFit: 'fits',
      standardsExplanation: 'Sluit aan op de BRP en de Landelijke Aanpak Adreskwaliteit; signalen worden bij de bron bevraagd in plaats van gekopieerd, zoals Common Ground voorschrijft.',
      recommendation: 'national',
      recommendationArgument: 'Landelijk kader bestaat al, vierentwintig organisaties doen mee en de kosten zijn laag. Opnemen in de landelijke handreiking adreskwaliteit.',
    },
  },
  { pilot: 'algoritmeregister-delft' },
];
