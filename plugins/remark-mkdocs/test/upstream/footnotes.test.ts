import {describeUpstream} from './run-upstream';

describeUpstream('footnotes');
