// SPDX-License-Identifier: EUPL-1.2
/** Demo stories ("show and tell") of demo pilots in implementation or scaling, each written by a team member. */

export interface DemoStory {
  /** Demo pilot key; the pilot must be in implementation or scaling. */
  pilot: string;
  /** DemoUser key of the writer, on the pilot's team. */
  author: string;
  title: string;
  body: string;
  reusable: string;
}

export const demoStories: DemoStory[] = [
  {
    pilot: 'vroegsignalering-schulden-rotterdam',
    author: 'ingrid-van-der-meer',
    title: 'Aanbellen na een betalingsachterstand: van proef naar vaste werkwijze',
    body:
      'We begonnen in twee wijken met signalen van drie verhuurders. Een medewerker belde binnen twee weken aan bij huishoudens met twee maanden huurachterstand. Dat voelde eerst opdringerig, maar de meeste mensen waren opgelucht dat iemand langskwam.\n\n' +
      'Na een half jaar sloten ook het energiebedrijf, de drinkwaterleverancier en twee zorgverzekeraars aan. We zagen dat mensen gemiddeld drie jaar eerder in beeld kwamen dan via het gewone loket, met veel kleinere schulden.\n\n' +
      'Wat het laatste zetje gaf: de wijkteams deden de huisbezoeken zelf, zodat het geen apart project bleef. Inmiddels werkt de hele stad zo en doen er ruim twintig gemeenten mee aan de kennisuitwisseling.',
    reusable: 'Het convenant met verhuurders en leveranciers, de belscripts voor het eerste contact, de werkinstructie voor wijkteams en ons dashboard met doorlooptijden. Vraag ernaar via het team; we sturen alles graag op.',
  },
  {
    pilot: 'eenzaamheid-ouderen-maastricht',
    author: 'maud-lemmens',
    title: 'De bibliotheek als vindplaats van eenzame ouderen',
    body:
      'Huisartsen en wijkverpleging kennen veel ouderen die alleen zijn, maar het gesprek daarover komt in een druk spreekuur zelden op gang. We spraken af dat zij één vraag stellen en bij een "ja" een kaartje meegeven voor een kop koffie in de bibliotheek.\n\n' +
      'Daar zit op vaste ochtenden een vrijwilliger van de welzijnsorganisatie klaar. Het eerste jaar kwamen er 140 ouderen, van wie de helft nu meedoet aan een activiteit in de eigen buurt.\n\n' +
      'Het werkte omdat de drempel laag is: naar de bibliotheek gaan is gewoon, naar een eenzaamheidsproject niet.',
    reusable: 'De gespreksleidraad voor huisartsen en wijkverpleging (één vraag, drie vervolgvragen), het kaartje en het rooster voor vrijwilligers. De gespreksleidraad staat bij de documenten van deze pilot.',
  },
  {
    pilot: 'hittestress-meetnet-den-haag',
    author: 'kees-de-graaf',
    title: 'Zestig sensoren laten zien waar het echt te heet wordt',
    body:
      'De landelijke hittekaarten zijn grof: een hele wijk kleurt rood. Wij hingen samen met een hogeschool zestig goedkope temperatuursensoren aan lantaarnpalen in drie versteende wijken.\n\n' +
      'Na één zomer wisten we per straat hoeveel uren het boven de 30 graden was. Twee pleinen bleken veel heter dan gedacht; daar komen nu bomen en een waterelement. Op een koele binnenplaats verderop was het vier graden minder.\n\n' +
      'Lastig was het onderhoud: batterijen, vandalisme en een leverancier die zijn dienst stopte. Met een open dataformaat konden we zonder verlies overstappen.',
    reusable: 'De lijst met eisen aan sensoren en data (open formaat, eigen opslag), het ophangplan voor lantaarnpalen en de monitoringsdata van de eerste zomer als voorbeeld, te vinden bij de documenten van deze pilot.',
  },
  {
    pilot: 'laadpalen-voorspelde-vraag-amsterdam',
    author: 'daan-visser',
    title: 'Laadpalen plaatsen voordat de aanvraag binnenkomt',
    body:
      'Vroeger plaatsten we een laadpaal pas als een bewoner met een elektrische auto erom vroeg. Dat duurde maanden en leidde tot palen op plekken waar ze later weinig gebruikt werden.\n\n' +
      'Nu voorspellen we met autobezit, bouwplannen en laaddata van bestaande palen waar over twee jaar vraag ontstaat, en plannen we de palen daar alvast in, samen met de netbeheerder. De bezettingsgraad van nieuwe palen steeg van 40 naar 65 procent.\n\n' +
      'De provincie en een aantal buurgemeenten gebruiken het model inmiddels ook. Het belangrijkste inzicht: betrek de netbeheerder vanaf de eerste dag.',
    reusable: 'Het voorspelmodel (open broncode), de lijst met databronnen, de afspraken met de netbeheerder over netcapaciteit en de businesscase die we aan het college voorlegden.',
  },
  {
    pilot: 'adreskwaliteit-tilburg',
    author: 'fatma-yilmaz',
    title: 'Minder onjuiste inschrijvingen door signalen slim te bundelen',
    body:
      'Een adres waar volgens de BRP elf mensen wonen, of waar de post al maanden terugkomt: zulke signalen lagen verspreid bij burgerzaken, handhaving en belastingen. We brachten ze samen in één werkvoorraad en gaan eerst langs bij de adressen met de sterkste signalen.\n\n' +
      'Van de onderzochte adressen bleek ruim een derde niet te kloppen. Vaak ging het om mensen die vergeten waren te verhuizen, soms om uitbuiting van arbeidsmigranten.\n\n' +
      'Omdat de werkwijze aansluit op de Landelijke Aanpak Adreskwaliteit, konden andere gemeenten snel instappen. We leerden dat een heldere brief vooraf meer oplevert dan een onaangekondigd bezoek.',
    reusable: 'De selectieregels voor signalen, de brief aan bewoners, de privacytoets (DPIA) en het monitoringsplan. Het monitoringsplan staat bij de documenten van deze pilot.',
  },
];
