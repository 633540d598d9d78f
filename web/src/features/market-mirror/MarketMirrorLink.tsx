import { Link } from 'react-router-dom';
import './marketMirror.css';
import { useMarketMirrorT } from './messages';

/** The way in from the cycle view's as-is stage: compare the company with the market study. */
export function MarketMirrorLink() {
  return (
    <p className="cycle-mirror">
      <Link to="/market-mirror" data-testid="cycle-market-mirror">
        {useMarketMirrorT()('fromCycle')} →
      </Link>
    </p>
  );
}
