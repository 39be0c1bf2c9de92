import type { MatchingLocation } from './matching-criteria.ts';

/**
 * Where a Belgian postcode lies, approximately, for the distance between mentor and mentee.
 * bpost gives postcodes out by area: the first two digits name a region around one town
 * (90xx around Ghent, 35xx around Hasselt), and in Brussels each commune has its own code.
 * So a postcode is placed at its Brussels commune, else at the centre of its two-digit area.
 * Within an area people live up to some 15 km from that centre; the distance is an estimate
 * of that precision, said as such to staff, and enough to tell 5 km from 50 km. A postcode
 * outside every area (foreign, mistyped, unused) has no place: location falls back to the
 * province. Centres are in WGS 84 degrees, rounded to about a kilometre.
 */

/** Brussels-Capital Region: one centre per commune (and per part of the City of Brussels). */
const BRUSSELS: Readonly<Record<string, readonly [number, number]>> = {
  '1000': [50.846, 4.352],
  '1020': [50.883, 4.349],
  '1030': [50.867, 4.377],
  '1040': [50.836, 4.389],
  '1050': [50.827, 4.372],
  '1060': [50.827, 4.345],
  '1070': [50.836, 4.308],
  '1080': [50.855, 4.325],
  '1081': [50.862, 4.327],
  '1082': [50.865, 4.295],
  '1083': [50.871, 4.313],
  '1090': [50.877, 4.326],
  '1120': [50.9, 4.39],
  '1130': [50.889, 4.418],
  '1140': [50.871, 4.402],
  '1150': [50.829, 4.432],
  '1160': [50.815, 4.427],
  '1170': [50.8, 4.415],
  '1180': [50.801, 4.337],
  '1190': [50.811, 4.318],
  '1200': [50.846, 4.427],
  '1210': [50.853, 4.373],
};

/** Two-digit areas outside Brussels, each at the middle of the towns it covers. */
const AREAS: Readonly<Record<string, readonly [number, number]>> = {
  '13': [50.7, 4.65], // Wavre, Ottignies, Jodoigne
  '14': [50.66, 4.38], // Nivelles, Waterloo, Braine-l'Alleud
  '15': [50.74, 4.2], // Halle, Herne, Galmaarden
  '16': [50.77, 4.3], // Sint-Pieters-Leeuw, Beersel, Sint-Genesius-Rode
  '17': [50.87, 4.18], // Dilbeek, Asse, Ternat
  '18': [50.95, 4.38], // Vilvoorde, Grimbergen, Londerzeel
  '19': [50.9, 4.5], // Zaventem, Kampenhout, Zemst
  '20': [51.219, 4.402], // Antwerpen
  '21': [51.23, 4.47], // Deurne, Schoten, Wijnegem
  '22': [51.15, 4.85], // Herentals, Heist-op-den-Berg, Westerlo
  '23': [51.32, 4.95], // Turnhout
  '24': [51.19, 5.12], // Mol, Geel, Balen
  '25': [51.13, 4.57], // Lier, Duffel
  '26': [51.17, 4.42], // Berchem, Wilrijk, Kontich, Hemiksem
  '28': [51.03, 4.48], // Mechelen
  '29': [51.3, 4.5], // Brasschaat, Kapellen, Brecht
  '30': [50.879, 4.701], // Leuven
  '31': [50.96, 4.68], // Rotselaar, Haacht
  '32': [50.98, 4.84], // Aarschot, Diest
  '33': [50.81, 4.94], // Tienen
  '34': [50.75, 5.08], // Landen, Zoutleeuw
  '35': [50.93, 5.34], // Hasselt
  '36': [50.97, 5.5], // Genk, Maasmechelen
  '37': [50.78, 5.46], // Tongeren, Bilzen
  '38': [50.82, 5.19], // Sint-Truiden
  '39': [51.2, 5.42], // Pelt, Lommel
  '40': [50.633, 5.567], // Liège
  '41': [50.58, 5.5], // Seraing, Neupré
  '42': [50.67, 5.08], // Hannut, Braives
  '43': [50.7, 5.26], // Waremme
  '44': [50.62, 5.47], // Flémalle, Ans
  '45': [50.52, 5.24], // Huy
  '46': [50.68, 5.68], // Visé, Fléron
  '47': [50.55, 6.08], // Eupen, Sankt Vith
  '48': [50.59, 5.86], // Verviers
  '49': [50.47, 5.9], // Spa, Aywaille, Malmedy
  '50': [50.467, 4.867], // Namur
  '51': [50.43, 4.84], // Jambes, Floreffe, Profondeville
  '53': [50.5, 5.02], // Andenne, Eghezée
  '55': [50.26, 4.91], // Dinant
  '56': [50.2, 4.54], // Philippeville
  '60': [50.411, 4.444], // Charleroi
  '61': [50.39, 4.35], // Montigny-le-Tilleul, Fontaine-l'Évêque
  '62': [50.44, 4.5], // Châtelet, Fleurus, Gerpinnes
  '64': [50.08, 4.3], // Chimay
  '65': [50.29, 4.23], // Beaumont, Thuin, Erquelinnes
  '66': [50.08, 5.75], // Bastogne, Houffalize, Vielsalm
  '67': [49.65, 5.7], // Arlon, Virton
  '68': [49.83, 5.3], // Libramont, Neufchâteau, Bouillon
  '69': [50.22, 5.4], // Marche-en-Famenne, Durbuy
  '70': [50.47, 3.98], // Mons, Soignies, Frameries
  '71': [50.47, 4.2], // La Louvière, Binche
  '73': [50.43, 3.82], // Boussu, Saint-Ghislain
  '75': [50.606, 3.389], // Tournai
  '76': [50.52, 3.5], // Péruwelz, Antoing
  '77': [50.74, 3.23], // Mouscron, Comines
  '78': [50.66, 3.83], // Ath, Lessines, Enghien
  '79': [50.6, 3.67], // Leuze-en-Hainaut, Beloeil
  '80': [51.209, 3.225], // Brugge
  '82': [51.17, 3.18], // Sint-Andries, Zedelgem
  '83': [51.29, 3.24], // Knokke-Heist, Blankenberge, Damme
  '84': [51.19, 2.95], // Oostende, Middelkerke, Gistel
  '85': [50.82, 3.3], // Kortrijk, Harelbeke, Wevelgem
  '86': [51.06, 2.76], // Diksmuide, Veurne, Nieuwpoort
  '87': [50.99, 3.32], // Tielt, Waregem, Wingene
  '88': [50.96, 3.13], // Roeselare, Izegem, Torhout
  '89': [50.83, 2.9], // Ieper, Poperinge, Menen
  '90': [51.054, 3.717], // Gent
  '91': [51.16, 4.13], // Sint-Niklaas, Beveren, Lokeren
  '92': [51.03, 4.05], // Dendermonde, Hamme, Wetteren
  '93': [50.94, 4.04], // Aalst
  '94': [50.84, 4.03], // Ninove, Denderleeuw
  '95': [50.79, 3.88], // Geraardsbergen, Herzele
  '96': [50.8, 3.7], // Ronse, Zottegem, Brakel
  '97': [50.85, 3.6], // Oudenaarde
  '98': [50.99, 3.62], // Deinze, Merelbeke, Aalter
  '99': [51.17, 3.57], // Eeklo, Evergem, Maldegem
};

/** How far from its area's centre a postcode may lie: the precision staff are told of. */
export const POSTAL_AREA_PRECISION_KM = 15;

export function locationOfPostcode(postcode: string): MatchingLocation | null {
  const code = postcode.trim().replace(/^B-?/i, '');
  if (!/^[0-9]{4}$/.test(code)) return null;
  const centre = code < '1300' ? BRUSSELS[code] : AREAS[code.slice(0, 2)];
  return centre ? { lat: centre[0], lon: centre[1] } : null;
}
