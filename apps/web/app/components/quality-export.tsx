import { useTranslator } from '@tandem/web-kit';
import { qualityReportPath } from '../lib/paths.ts';
import { periodQuery, type ShownPeriod } from '../lib/quality.ts';

/** The dashboard of the period shown, as files: the CSV for Excel and the PDF report. */
export function QualityExport({
  organisationId,
  programmeId,
  period,
}: {
  organisationId: string;
  programmeId: string;
  period: ShownPeriod;
}) {
  const { t } = useTranslator();
  const href = (format: 'pdf' | 'csv') =>
    qualityReportPath(organisationId, programmeId, format, periodQuery(period));
  return (
    <section className="panel" aria-labelledby="quality-export-title">
      <h2 id="quality-export-title">{t('quality.export.title')}</h2>
      <p>{t('quality.export.intro')}</p>
      <ul className="period-links">
        <li>
          <a href={href('csv')} download>
            {t('quality.export.csv')}
          </a>
        </li>
        <li>
          <a href={href('pdf')} download>
            {t('quality.export.pdf')}
          </a>
        </li>
      </ul>
    </section>
  );
}
