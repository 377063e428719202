import {describeUpstream} from './run-upstream';

describeUpstream('inlinehilite');
