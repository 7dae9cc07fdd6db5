// SPDX-License-Identifier: EUPL-1.2
/**
 * Dutch function words and number words (and the commonest English ones, since pilot texts quote English product names and
 * summaries). They carry no topic, so indexing them only bloats the index and makes queries match everything.
 * Content words that look generic in municipal texts ("gemeente", "pilot", "werk", "zorg") are deliberately NOT
 * here: users search for them, and TF-IDF already gives them little weight in similarity.
 */

const DUTCH = `
aan achter af al alle alleen alles als altijd ander andere anders behalve beide ben bent bij binnen boven buiten
daar daarbij daardoor daarin daarmee daarna daarnaast daarom daarop daaraan daarover daartoe daarvan daarvoor
dan dat de deze die dien dit doch doen doet door doordat dus echter een eens eer eerder elk elke en enig enige
enkele er erg even ook evenals geen geweest gewoon had hadden heb hebben hebt heeft hem hen het hier hierbij
hierdoor hierin hiermee hierna hierom hierop hierover hiervan hiervoor hij hoe hoewel hun ieder iedere iedereen
iemand iets ik in indien inmiddels is ja je jij jou jouw jullie kan kon konden kun kunnen kunt laat later
liever maar mag me mede meer meest men met mij mijn minder mits moest moesten moet moeten mocht mochten mogen na
naar naast nadat namelijk nee niet niets niemand nog noch nu of ofwel om omdat omtrent onder ondanks ons onze
ooit op opdat over overigens per reeds rond sinds sindsdien slechts sommige steeds tegen ten ter terwijl
tenzij tijdens toch toe toen tot totdat tussen u uit uw van vanaf vanuit vandaan veel via vol volgens voor
vooral voordat voorts waar waarbij waardoor waarin waarmee waarna waarom waarop waarover waarvan waarvoor
wanneer want waren was wat we wederom wel welk welke werd werden wie wij wil wilde wilden willen word worden
wordt zal ze zei zelf zelfs zich zichzelf zij zijn zo zoals zodat zodra zonder zou zouden zowel zulke zullen
zult zeer ge gij hen haar hare hunne ieders eigen geworden gegaan gedaan gaan gaat ging gingen kom komen komt
kwam kwamen zie zien ziet zag zagen daarentegen desondanks bovendien tevens eveneens ofschoon nogal nou he
elkaar twee drie vier vijf zes zeven acht negen tien elf twaalf twintig dertig veertig vijftig honderd duizend
eerste tweede derde vaak soms nooit weer ongeveer bijna helemaal allemaal hoeveel zoveel evenveel
`;

const ENGLISH = `
the and or of to in for with on by from at as is are was were be been this that these those it its an a
`;

const STOPWORDS: ReadonlySet<string> = new Set(
  `${DUTCH} ${ENGLISH}`.split(/\s+/).filter((word) => word.length > 0),
);

/** True when the normalised token is a function word that should be neither indexed nor searched. */
export function isStopword(token: string): boolean {
  return STOPWORDS.has(token);
}

/** Number of stopwords, for tests and reports. */
export const STOPWORD_COUNT = STOPWORDS.size;
