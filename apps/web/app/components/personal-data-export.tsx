import { useTranslator } from '@tandem/web-kit';
import { applicationPersonalDataPath } from '../lib/paths.ts';

/** Downloads for a request for access or portability about the person behind an application. */
export function PersonalDataExport(props: {
  organisationId: string;
  programmeId: string;
  applicationId: string;
}) {
  const { t } = useTranslator();
  const path = (format: 'json' | 'pdf') =>
    applicationPersonalDataPath(
      props.organisationId,
      props.programmeId,
      props.applicationId,
      format,
    );
  return (
    <section className="panel" aria-labelledby="personal-data-title">
      <h2 id="personal-data-title">{t('personalData.section.title')}</h2>
      <p>{t('personalData.section.intro')}</p>
      <ul>
        <li>
          <a href={path('pdf')} download>
            {t('personalData.section.pdf')}
          </a>
        </li>
        <li>
          <a href={path('json')} download>
            {t('personalData.section.json')}
          </a>
        </li>
      </ul>
    </section>
  );
}
