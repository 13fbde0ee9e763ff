/**
 * Messages of 后台任务 and 消息通知 (and of the app bar's bell and file-ready prompt), merged into
 * zh.ts as `app.*` and `resources.*`. Like zh.ts, importable in Node: plain data.
 */
export const jobsMessages = {
  jobs: {
    types: {
      export: '导出',
      import: '导入',
      recompute: '重新计算自评得分',
      reminders: '截止日期提醒',
      cleanup: '清理过期文件',
    },
    states: {
      waiting: '排队中',
      active: '进行中',
      completed: '已完成',
      failed: '未完成',
    },
    download: '下载',
    downloaded: '已下载「%{filename}」',
    problems: '共 %{count} 处问题',
    empty: '还没有后台任务：导出、导入等较长的工作会在这里显示进度，完成后可下载文件',
    refreshing: '有任务正在进行，列表每秒自动刷新',
    file_ready: '文件已生成：%{filename}',
    done: '%{type}已完成',
    failed: '%{type}未完成：%{message}',
    view: '查看',
  },
  notifications: {
    bell: '消息通知',
    unread: '%{count} 条未读消息',
    none_unread: '没有未读消息',
    all: '查看全部消息',
    mark_read: '标为已读',
    mark_unread: '标为未读',
    mark_all_read: '全部标为已读',
    marked_read: '已将 %{count} 条消息标为已读',
    nothing_unread: '没有未读消息',
    open: '查看',
    download: '下载',
    empty: '暂无消息',
    kinds: {
      'file-ready': '文件已生成',
      'job-done': '任务完成',
      'job-failed': '任务未完成',
      deadline: '截止提醒',
      overdue: '逾期提醒',
    },
    read_states: { unread: '未读', read: '已读' },
  },
};

export const jobsResources = {
  jobs: {
    name: '后台任务',
    fields: {
      id: '任务编号',
      type: '任务',
      title: '内容',
      state: '状态',
      progress: '进度',
      message: '说明',
      createdByName: '发起人',
      createdBy: '发起人',
      createdAt: '发起时间',
      finishedAt: '完成时间',
      actions: '操作',
    },
  },
  notifications: {
    name: '消息通知',
    fields: {
      id: 'ID',
      kind: '类别',
      title: '标题',
      message: '内容',
      read: '状态',
      createdAt: '时间',
      actions: '操作',
    },
  },
};
