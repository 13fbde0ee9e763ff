import { IntField, TextField } from '../../common/validation/fields';

/** Body of submit / approve / return. The comment is mandatory on return (checked by the workflow). */
export class ReviewDto {
  @TextField('审核意见', { max: 2000, optional: true })
  comment?: string;

  /** The document version the reviewer looked at; a newer one on the server answers 409. */
  @IntField('版本号', { min: 0, max: 2 ** 31 - 1, optional: true })
  version?: number;
}
