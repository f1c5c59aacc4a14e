import type { LatLng } from './geo.ts';

/**
 * Approximate centres of İstanbul's 39 districts, for orders whose address has no coordinates
 * (a planner still sees them on the map and the optimiser can route them).
 */
export const ISTANBUL_DISTRICT_CENTROIDS: Readonly<Record<string, LatLng>> = {
  Adalar: { lat: 40.8763, lng: 29.0906 },
  Arnavutköy: { lat: 41.1846, lng: 28.7399 },
  Ataşehir: { lat: 40.9923, lng: 29.1244 },
  Avcılar: { lat: 40.9792, lng: 28.7214 },
  Bağcılar: { lat: 41.0344, lng: 28.8566 },
  Bahçelievler: { lat: 41.0026, lng: 28.8597 },
  Bakırköy: { lat: 40.9819, lng: 28.8772 },
  Başakşehir: { lat: 41.0931, lng: 28.8021 },
  Bayrampaşa: { lat: 41.0352, lng: 28.9123 },
  Beşiktaş: { lat: 41.0428, lng: 29.0077 },
  Beykoz: { lat: 41.1343, lng: 29.0925 },
  Beylikdüzü: { lat: 40.9825, lng: 28.6401 },
  Beyoğlu: { lat: 41.0369, lng: 28.9773 },
  Büyükçekmece: { lat: 41.0207, lng: 28.5857 },
  Çatalca: { lat: 41.1436, lng: 28.4613 },
  Çekmeköy: { lat: 41.0369, lng: 29.1788 },
  Esenler: { lat: 41.0435, lng: 28.8761 },
  Esenyurt: { lat: 41.0343, lng: 28.6801 },
  Eyüpsultan: { lat: 41.0478, lng: 28.9339 },
  Fatih: { lat: 41.0186, lng: 28.9397 },
  Gaziosmanpaşa: { lat: 41.0573, lng: 28.9122 },
  Güngören: { lat: 41.0224, lng: 28.8722 },
  Kadıköy: { lat: 40.9903, lng: 29.029 },
  Kağıthane: { lat: 41.0786, lng: 28.972 },
  Kartal: { lat: 40.8883, lng: 29.1856 },
  Küçükçekmece: { lat: 40.9918, lng: 28.7712 },
  Maltepe: { lat: 40.9357, lng: 29.1552 },
  Pendik: { lat: 40.8776, lng: 29.258 },
  Sancaktepe: { lat: 41.0024, lng: 29.2307 },
  Sarıyer: { lat: 41.1671, lng: 29.05 },
  Silivri: { lat: 41.0739, lng: 28.2464 },
  Sultanbeyli: { lat: 40.9683, lng: 29.262 },
  Sultangazi: { lat: 41.1066, lng: 28.8668 },
  Şile: { lat: 41.1764, lng: 29.6125 },
  Şişli: { lat: 41.0602, lng: 28.9877 },
  Tuzla: { lat: 40.8161, lng: 29.3006 },
  Ümraniye: { lat: 41.0256, lng: 29.0963 },
  Üsküdar: { lat: 41.0227, lng: 29.0158 },
  Zeytinburnu: { lat: 40.9946, lng: 28.904 },
};

const normalise = (name: string) => name.trim().toLocaleLowerCase('tr-TR').replace(/\s+/gu, ' ');
const BY_KEY = new Map(Object.entries(ISTANBUL_DISTRICT_CENTROIDS).map(([k, v]) => [normalise(k), v]));
BY_KEY.set('eyüp', ISTANBUL_DISTRICT_CENTROIDS.Eyüpsultan!);

/** The centre of a district of İstanbul, or null (another province or an unknown name). */
export function districtCentroid(province: string | null | undefined, district: string | null | undefined) {
  if (!province || !district) return null;
  const p = normalise(province);
  if (p !== 'istanbul' && p !== 'ıstanbul') return null;
  return BY_KEY.get(normalise(district)) ?? null;
}

/** Same name, ignoring case (Turkish rules) and spaces: "kadıköy" = "Kadıköy". */
export function sameRegionName(a: string, b: string): boolean {
  return normalise(a) === normalise(b);
}
