import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../app/context';
import { ExportFormat, type ExportedFileValue, exportReportTable } from './export';
import { buildReport } from './report-forms';
import type { ReportTableValue } from './report-table';
import { ExportedFile, ReportRequest, ReportTable } from './report.types';

@Resolver()
export class ReportResolver {
  @Query(() => ReportTable, { description: 'A report form (8B, 9A–9C, 12B, 10, 11) as a table with a total row and a summary sentence.' })
  report(@Arg('request', () => ReportRequest) request: ReportRequest, @Ctx() ctx: GraphQLContext): Promise<ReportTableValue> {
    return buildReport(ctx.em, request);
  }

  @Query(() => ExportedFile, { description: 'The same table as an XLSX or CSV file (base64).' })
  async exportReport(
    @Arg('request', () => ReportRequest) request: ReportRequest,
    @Arg('format', () => ExportFormat) format: ExportFormat,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ExportedFileValue> {
    return exportReportTable(await buildReport(ctx.em, request), format);
  }
}
