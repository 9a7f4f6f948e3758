import type { Direction, IndicatorKind, IndicatorType, QualityDimension } from '../model/indicators';

/** One indicator as the demo publication describes it (ÖJ-like titles, invented values). */
export type DemoIndicatorSpec = Readonly<{
  code: string;
  title: string;
  kind: Extract<IndicatorKind, 'yesno' | 'percent' | 'count' | 'rate'>;
  direction: Direction;
  indicatorType: IndicatorType;
  qualityDimension: QualityDimension;
  /** First and last publication year (inclusive) — indicators come and go. */
  from: number;
  to: number;
}>;

export type DemoAreaSpec = Readonly<{
  area: string;
  label: string;
  indicators: readonly DemoIndicatorSpec[];
}>;

const ind = (
  code: string,
  title: string,
  kind: DemoIndicatorSpec['kind'],
  direction: Direction,
  indicatorType: IndicatorType,
  qualityDimension: QualityDimension,
  from = 0,
  to = 9999,
): DemoIndicatorSpec => ({ code, title, kind, direction, indicatorType, qualityDimension, from, to });

export const DEMO_YEARS: readonly number[] = [2020, 2021, 2022, 2023, 2024];

export const DEMO_AREAS: readonly DemoAreaSpec[] = [
  {
    area: 'aldreomsorg',
    label: 'Vård och omsorg om äldre',
    indicators: [
      ind('ALD01', 'Genomförandeplan finns för brukare i hemtjänst, andel (%)', 'percent', 'higher_better', 'process', 'individanpassad'),
      ind('ALD02', 'Antal personal som en hemtjänsttagare möter under 14 dagar, medelvärde', 'count', 'lower_better', 'process', 'saker'),
      ind('ALD03', 'Brukarbedömning hemtjänst – helhetssyn, andel (%) nöjda', 'percent', 'higher_better', 'resultat', 'individanpassad'),
      ind('ALD04', 'Brukarbedömning särskilt boende – trygghet, andel (%)', 'percent', 'higher_better', 'resultat', 'saker'),
      ind('ALD05', 'Riskbedömning fall, nutrition och trycksår i särskilt boende, andel (%)', 'percent', 'higher_better', 'process', 'saker'),
      ind('ALD06', 'Väntetid till särskilt boende, andel (%) som fått plats inom 60 dagar', 'percent', 'higher_better', 'resultat', 'tillganglig'),
      ind('ALD07', 'Rutin för hantering av avvikelser finns', 'yesno', 'higher_better', 'struktur', 'saker'),
      ind('ALD08', 'Kommunen erbjuder anhörigstöd i form av avlösning', 'yesno', 'higher_better', 'struktur', 'tillganglig'),
      ind('ALD09', 'Läkemedelsgenomgång genomförd senaste året, andel (%)', 'percent', 'higher_better', 'process', 'kunskapsbaserad', 2021),
      ind('ALD10', 'Personalkontinuitet i hemtjänsten, andel (%) med samma kontaktperson', 'percent', 'higher_better', 'process', 'individanpassad', 0, 2022),
      ind('ALD11', 'Samverkansrutin med regionen om utskrivning finns', 'yesno', 'higher_better', 'struktur', 'effektiv'),
      ind('ALD12', 'Undvikbar slutenvård bland äldre, per 10 000 invånare', 'rate', 'lower_better', 'resultat', 'effektiv'),
    ],
  },
  {
    area: 'missbruk',
    label: 'Missbruk och beroende',
    indicators: [
      ind('MIS01', 'Standardiserad bedömningsmetod (ASI) används vid utredning', 'yesno', 'higher_better', 'struktur', 'kunskapsbaserad'),
      ind('MIS02', 'Samordnad individuell plan (SIP) upprättad, andel (%)', 'percent', 'higher_better', 'process', 'individanpassad'),
      ind('MIS03', 'Uppföljning av insatser på gruppnivå genomförs', 'yesno', 'higher_better', 'struktur', 'kunskapsbaserad'),
      ind('MIS04', 'Väntetid till första samtal, andel (%) inom 14 dagar', 'percent', 'higher_better', 'resultat', 'tillganglig'),
      ind('MIS05', 'Återaktualisering inom 12 månader efter avslutad insats, andel (%)', 'percent', 'lower_better', 'resultat', 'effektiv'),
      ind('MIS06', 'Överenskommelse med regionen om missbruksvård finns', 'yesno', 'higher_better', 'struktur', 'effektiv'),
      ind('MIS07', 'Brukarinflytande på verksamhetsnivå', 'yesno', 'higher_better', 'struktur', 'individanpassad', 2022),
      ind('MIS08', 'Personer med insats som har en genomförandeplan, andel (%)', 'percent', 'higher_better', 'process', 'individanpassad'),
      ind('MIS09', 'Läkemedelsassisterad behandling – samverkan finns', 'yesno', 'higher_better', 'struktur', 'saker'),
      ind('MIS10', 'Unga vuxna 18–25 år med insats, andel (%) med uppföljning', 'percent', 'higher_better', 'process', 'jamlik'),
    ],
  },
  {
    area: 'barn_och_unga',
    label: 'Den sociala barn- och ungdomsvården',
    indicators: [
      ind('BOU01', 'Utredningstid, andel (%) avslutade inom 4 månader', 'percent', 'higher_better', 'process', 'tillganglig'),
      ind('BOU02', 'Barnets egen berättelse dokumenteras i utredningen', 'yesno', 'higher_better', 'struktur', 'individanpassad'),
      ind('BOU03', 'Placerade barn med hälsoundersökning, andel (%)', 'percent', 'higher_better', 'process', 'saker'),
      ind('BOU04', 'Återaktualisering av barn 0–12 år inom ett år, andel (%)', 'percent', 'lower_better', 'resultat', 'effektiv'),
      ind('BOU05', 'Handläggare med socionomexamen och minst 3 års erfarenhet, andel (%)', 'percent', 'higher_better', 'struktur', 'kunskapsbaserad'),
      ind('BOU06', 'Rutin för samverkan med skola och hälso- och sjukvård finns', 'yesno', 'higher_better', 'struktur', 'effektiv'),
      ind('BOU07', 'Placerade barn som bytt skola under placeringen, andel (%)', 'percent', 'lower_better', 'resultat', 'saker'),
      ind('BOU08', 'Standardiserad bedömningsmetod (BBIC) används', 'yesno', 'higher_better', 'struktur', 'kunskapsbaserad'),
      ind('BOU09', 'Förhandsbedömning inom 14 dagar, andel (%)', 'percent', 'higher_better', 'process', 'tillganglig', 2021),
      ind('BOU10', 'Barn i familjehem med regelbunden kontakt med socialsekreterare, andel (%)', 'percent', 'higher_better', 'process', 'individanpassad'),
      ind('BOU11', 'Unga i ekonomiskt utsatta hushåll som får insats, andel (%)', 'percent', 'none', 'resultat', 'jamlik'),
    ],
  },
  {
    area: 'ekonomiskt_bistand',
    label: 'Ekonomiskt bistånd',
    indicators: [
      ind('EKB01', 'Handläggningstid till beslut, andel (%) inom 10 dagar', 'percent', 'higher_better', 'process', 'tillganglig'),
      ind('EKB02', 'Långvarigt ekonomiskt bistånd, andel (%) av biståndsmottagarna', 'percent', 'lower_better', 'resultat', 'effektiv'),
      ind('EKB03', 'Standardiserad bedömning av arbetsförmåga används', 'yesno', 'higher_better', 'struktur', 'kunskapsbaserad'),
      ind('EKB04', 'Biståndsmottagare som gått vidare till arbete eller studier, andel (%)', 'percent', 'higher_better', 'resultat', 'effektiv'),
      ind('EKB05', 'Barnperspektivet dokumenteras i besluten', 'yesno', 'higher_better', 'struktur', 'individanpassad'),
      ind('EKB06', 'Samverkan med Arbetsförmedlingen om unga vuxna finns', 'yesno', 'higher_better', 'struktur', 'effektiv'),
      ind('EKB07', 'Återaktualisering inom 12 månader, andel (%)', 'percent', 'lower_better', 'resultat', 'effektiv'),
      ind('EKB08', 'Tolk erbjuds vid behov, andel (%) av ärenden där behov fanns', 'percent', 'higher_better', 'process', 'jamlik', 2022),
      ind('EKB09', 'Hembesök vid nyansökan, andel (%)', 'percent', 'none', 'process', 'individanpassad', 0, 2023),
    ],
  },
];
