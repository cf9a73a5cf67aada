/** Campaign counting lives in the Store (one batched call per request); see src/store/campaign.ts. */
export type {
  CampaignKey,
  CampaignKeyState,
  CampaignObservation,
  CampaignRule,
  CampaignWindow,
} from '../../store/campaign.ts';
export { campaignIdFor, qualifies } from '../../store/campaign.ts';
