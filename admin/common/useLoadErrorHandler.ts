import { useNotify, useRedirect, useResourceContext } from 'react-admin';

/**
 * For Edit and Show `queryOptions.onError`: react-admin's default says "记录不存在" for every
 * failure; this shows the server's message (a 403 says why) and goes back to the list.
 */
export function useLoadErrorHandler(): (error: Error) => void {
  const notify = useNotify();
  const redirect = useRedirect();
  const resource = useResourceContext();
  return (error: Error) => {
    notify(error.message || 'ra.notification.item_doesnt_exist', {
      type: 'error',
      messageArgs: { _: error.message },
    });
    redirect('list', resource);
  };
}
