export const navItems = [
  { to: '/map', key: 'map' },
  { to: '/touchpoints', key: 'touchpoints' },
  { to: '/catalogue', key: 'catalogue' },
  { to: '/priorities', key: 'priorities' },
  { to: '/action-plan', key: 'actionPlan' },
  { to: '/content-map', key: 'contentMap' },
  { to: '/monitoring', key: 'monitoring' },
  { to: '/quickcheck', key: 'quickcheck' },
  { to: '/team', key: 'team' },
] as const;
