import { Dialog } from '../../components/Dialog'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useApi } from '../../ipc/ApiContext'
import { useApiCall } from '../../ipc/useApiCall'
import { ArchiveSetting } from '../backup'
import { AttachmentNameSetting } from '../details'
import { IntegritySetting } from '../integrity'
import { AutoExportSetting } from './AutoExportSetting'
import { CiteAsYouWriteSetting } from './CiteAsYouWriteSetting'
import { LibraryFolderSetting } from './LibraryFolderSetting'
import { OnlineLookupsSetting } from './OnlineLookupsSetting'
import { QuickCopySetting } from './QuickCopySetting'
import { RemovedPdfsSetting } from './RemovedPdfsSetting'
import { SyncSetting } from './SyncSetting'
import { WatchedFolderSetting } from './WatchedFolderSetting'

/** Settings: where the library lives (changed only through a folder dialog), and about. */
export function SettingsDialog({ onClose }: { onClose: () => void }) {
  const api = useApi()
  const [info] = useApiCall(api.getAppInfo)

  return (
    <Dialog title="Settings" onClose={onClose}>
      <LibraryFolderSetting />
      <WatchedFolderSetting />
      <AutoExportSetting />
      <QuickCopySetting />
      <RemovedPdfsSetting />
      <OnlineLookupsSetting />
      <CiteAsYouWriteSetting />
      <SyncSetting />
      <ArchiveSetting />
      <AttachmentNameSetting />
      <IntegritySetting />
      <section className="settings-section" aria-labelledby="about-heading">
        <h3 id="about-heading">About</h3>
        {info.status === 'ok' && (
          <p data-testid="app-version">
            {info.value.name} {info.value.version} · {info.value.host === 'electron' ? 'desktop app' : 'browser host'} ·{' '}
            {info.value.platform}
          </p>
        )}
        {info.status === 'error' && <ErrorMessage error={info.error} />}
      </section>
    </Dialog>
  )
}
