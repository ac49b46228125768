// GeoIP/ASN enrichment the pipeline adds for known public addresses (values copied from the fixtures).

import type { AsFields, GeoFields } from './ecs_document';

interface GeoSite {
  geo: GeoFields;
  as: AsFields;
}

// Both addresses are in MaxMind's test databases, which is why upstream fixtures use them.
const SITES: Record<string, GeoSite> = {
  '216.160.83.56': {
    geo: {
      city_name: 'Poulsbo',
      continent_name: 'North America',
      country_iso_code: 'US',
      country_name: 'United States',
      location: { lat: 47.7327, lon: -122.6536 },
      region_iso_code: 'US-WA',
      region_name: 'Washington',
    },
    as: { number: 209, organization: { name: 'CENTURYLINK-US-LEGACY-QWEST' } },
  },
  '89.160.20.156': {
    geo: {
      city_name: 'Linköping',
      continent_name: 'Europe',
      country_iso_code: 'SE',
      country_name: 'Sweden',
      location: { lat: 58.4167, lon: 15.6167 },
      region_iso_code: 'SE-E',
      region_name: 'Östergötland County',
    },
    as: { number: 29518, organization: { name: 'Bredband2 AB' } },
  },
};

/** Addresses with GeoIP data: the organisation's offices in the generated world. */
export const OFFICE_IPS = Object.keys(SITES);

/** Geo and AS fields for an address, or undefined (private, documentation or unknown ranges). */
export function lookupGeo(ip: string): GeoSite | undefined {
  const site = SITES[ip];
  if (site === undefined) return undefined;
  const location = site.geo.location;
  return {
    geo: { ...site.geo, ...(location ? { location: { ...location } } : {}) },
    as: { number: site.as.number, organization: { ...site.as.organization } },
  };
}
