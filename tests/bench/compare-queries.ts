/**
 * The three queries of issue 9, written once for hoso and once for PostGraphile v4 so that both
 * return the same rows in the same order, with a normalizer for each side's answer.
 *
 * hoso's default orders, mirrored with PostGraphile's generated `orderBy` values:
 * localities by code then id, units and cadres by their Vietnamese sort key (`name_sort`) then id,
 * enrollments newest first (`created_at desc, id desc`).
 */
import { print } from 'graphql';
import { NestedOverviewDocument } from '../generated/graphql';

export interface CompareQuery {
  name: string;
  /** Sequential requests per server for the single-request median. */
  samples: number;
  /** Issue 9's ceiling on hoso's peak heapUsed (MB, 10^6 bytes) under BENCH_CONNECTIONS clients, where it sets one. */
  peakHeapUsedLimitMb?: number;
  /** The JSON request body sent to hoso. */
  hoso: string;
  /** The JSON request body sent to PostGraphile. */
  postgraphile: string;
  normalizeHoso(data: unknown): unknown;
  normalizePostGraphile(data: unknown): unknown;
}

interface Pages {
  localities: number;
  units: number;
  cadres: number;
  enrollments: number;
}

interface Connection<T> {
  totalCount?: number;
  nodes: T[];
}
interface EnrollmentRow {
  status: string;
  training?: { name: string };
  trainingByTrainingId?: { name: string };
}
interface HosoLocality {
  name: string;
  units: Connection<{ name: string; cadres: Connection<{ fullName: string; enrollments: Connection<EnrollmentRow> }> }>;
}
interface PostGraphileLocality {
  name: string;
  unitsByLocalityId: Connection<{
    name: string;
    cadresByUnitId: Connection<{ fullName: string; enrollmentsByCadreId: Connection<EnrollmentRow> }>;
  }>;
}

/** hoso's NestedOverviewDocument with the pages inlined (the same text the hoso bench sends). */
function hosoNested(pages: Pages): string {
  return JSON.stringify({ query: print(NestedOverviewDocument), variables: pages });
}

function postgraphileNested(pages: Pages): string {
  return `{
  allLocalities(first: ${pages.localities}, orderBy: [CODE_ASC, ID_ASC]) {
    totalCount
    nodes {
      name
      unitsByLocalityId(first: ${pages.units}, orderBy: [NAME_SORT_ASC, ID_ASC]) {
        totalCount
        nodes {
          name
          cadresByUnitId(first: ${pages.cadres}, orderBy: [NAME_SORT_ASC, ID_ASC]) {
            totalCount
            nodes {
              fullName
              enrollmentsByCadreId(first: ${pages.enrollments}, orderBy: [CREATED_AT_DESC, ID_DESC]) {
                nodes {
                  status
                  trainingByTrainingId {
                    name
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}`;
}

const enrollment = (row: EnrollmentRow): unknown => ({
  status: row.status.toLowerCase(),
  training: (row.training ?? row.trainingByTrainingId)?.name,
});

function nested(pages: Pages, peakHeapUsedLimitMb?: number): CompareQuery {
  return {
    name: `nested ${pages.localities}/${pages.units}/${pages.cadres}/${pages.enrollments}`,
    samples: pages.cadres >= 50 ? 10 : 30,
    peakHeapUsedLimitMb,
    hoso: hosoNested(pages),
    postgraphile: JSON.stringify({ query: postgraphileNested(pages) }),
    normalizeHoso: (data) => {
      const localities = (data as { localities: Connection<HosoLocality> }).localities;
      return {
        total: localities.totalCount,
        localities: localities.nodes.map((locality) => ({
          name: locality.name,
          units: locality.units.totalCount,
          unitNodes: locality.units.nodes.map((unit) => ({
            name: unit.name,
            cadres: unit.cadres.totalCount,
            cadreNodes: unit.cadres.nodes.map((cadre) => ({ name: cadre.fullName, enrollments: cadre.enrollments.nodes.map(enrollment) })),
          })),
        })),
      };
    },
    normalizePostGraphile: (data) => {
      const localities = (data as { allLocalities: Connection<PostGraphileLocality> }).allLocalities;
      return {
        total: localities.totalCount,
        localities: localities.nodes.map((locality) => ({
          name: locality.name,
          units: locality.unitsByLocalityId.totalCount,
          unitNodes: locality.unitsByLocalityId.nodes.map((unit) => ({
            name: unit.name,
            cadres: unit.cadresByUnitId.totalCount,
            cadreNodes: unit.cadresByUnitId.nodes.map((cadre) => ({
              name: cadre.fullName,
              enrollments: cadre.enrollmentsByCadreId.nodes.map(enrollment),
            })),
          })),
        })),
      };
    },
  };
}

/** Ten scalar fields of a cadre, as each server names them. */
const CADRE_FIELDS = 'fullName birthDate birthYear sex ethnicity category idNumber status professionalLevel';

const cadreList: CompareQuery = {
  name: 'cadres(first: 100), 10 scalars',
  samples: 30,
  hoso: JSON.stringify({ query: `{ cadres(first: 100) { nodes { databaseId ${CADRE_FIELDS} } } }` }),
  postgraphile: JSON.stringify({ query: `{ allCadres(first: 100, orderBy: [NAME_SORT_ASC, ID_ASC]) { nodes { id ${CADRE_FIELDS} } } }` }),
  normalizeHoso: (data) =>
    (data as { cadres: Connection<{ databaseId: number; fullName: string; birthYear: number }> }).cadres.nodes.map((cadre) => [
      cadre.databaseId,
      cadre.fullName,
      cadre.birthYear,
    ]),
  normalizePostGraphile: (data) =>
    (data as { allCadres: Connection<{ id: number; fullName: string; birthYear: number }> }).allCadres.nodes.map((cadre) => [
      cadre.id,
      cadre.fullName,
      cadre.birthYear,
    ]),
};

export const COMPARE_QUERIES: readonly CompareQuery[] = [
  // "Peak heap of the big nested query under 4 clients < 300 MB."
  nested({ localities: 10, units: 20, cadres: 50, enrollments: 10 }, 300),
  nested({ localities: 5, units: 5, cadres: 5, enrollments: 5 }),
  cadreList,
];
