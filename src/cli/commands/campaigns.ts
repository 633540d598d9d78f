import { Command } from 'commander';
import { listCampaigns } from '../../services/attribution/campaigns';
import type { CliIo } from '../io';
import {
  formatOf,
  inWorkspace,
  printRows,
  workspaceCommand,
  type WorkspaceOptions,
} from './workspaceCommand';

/**
 * `touchpoint campaigns list`: the workspace's campaigns with their utm_campaign keys and cost.
 * @example touchpoint campaigns list --workspace schmidt --format json
 */
export function campaignsCommand(io: CliIo): Command {
  const campaigns = new Command('campaigns').description('Campaigns with their cost (for ROI per campaign)');
  campaigns.addCommand(
    workspaceCommand(
      new Command('list').description('The campaigns, their utm_campaign keys and cost'),
    ).action(async (opts: WorkspaceOptions) => {
      const format = formatOf(opts);
      const rows = await inWorkspace(opts, (ctx) => listCampaigns(ctx));
      printRows(
        io.out,
        format,
        format === 'json' ? rows : rows.map((c) => ({ ...c, costEur: c.costEur ?? 'no cost entered' })),
        ['name', 'utmCampaigns', 'channel', 'startsOn', 'endsOn', 'costEur', 'id'],
      );
    }),
  );
  return campaigns;
}
