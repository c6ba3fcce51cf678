export { DetailsPane } from './DetailsPane'
export { AttachmentNameSetting } from './AttachmentNameSetting'
