import {describeUpstream} from './run-upstream';

describeUpstream('superfences');
