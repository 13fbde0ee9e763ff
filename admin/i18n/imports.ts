/**
 * Messages of 导入 (the Excel import dialog of the document lists) and of the lists' 导出
 * buttons, merged into zh.ts as `app.imports` and `app.exports`. Like zh.ts, importable in Node: plain data. Placeholders are Polyglot's
 * `%{name}`; admin/common/importJob.ts fills the summary texts from the same messages.
 */
export const importsMessages = {
  imports: {
    button: '导入',
    title: '导入%{layout}',
    layouts: {
      targets: '项目（政策）绩效目标表',
      'unit-targets': '部门（单位）整体绩效目标表',
      monitoring: '绩效运行监控表',
      evaluations: '项目单位自评表 / 部门整体自评表',
    },
    rules_title: '文件要求',
    rules: {
      layout:
        '表样：与本页“导出”生成的%{layout}相同——可先导出，在 Excel 中填写后再导入；一个工作簿可有多张工作表，每张一份',
      format: '格式：Excel 工作簿 .xlsx（.xls 或 WPS 文件请先另存为 .xlsx）',
      size: '大小：不超过 %{mb} MB，全部工作表的指标行合计不超过 %{rows} 行',
      size_unknown: '大小：不超过服务器设定的上限',
      all_or_nothing:
        '全部或全不：任何一处有误，整个文件都不导入，并列出每处问题所在的工作表、行和列',
    },
    effects: {
      targets:
        '按项目编码和年度对应本单位项目库中的项目：还没有目标表的新建草稿；草稿或被退回的更新草稿；已批复的发起调整（新版本草稿，批复前原版本仍为基线）。导入后请核对并提交审核',
      'unit-targets':
        '按单位编码和年度对应本单位：还没有整体目标表的新建草稿；草稿或被退回的更新草稿；已批复的发起调整（新版本草稿，批复前原版本仍为基线）。导入后请核对并提交审核',
      monitoring:
        '按项目编码（或单位编码）、年度和截至月份对应已批复的绩效目标：该月的监控表是草稿或被退回的则更新，还没有则新建草稿；执行率和预警灯由系统重新计算',
      evaluations:
        '按项目编码（或单位编码）和年度更新本单位的自评表草稿（须先在系统中创建自评表）；执行率、各项得分、总分和等级由系统按评分规则重新计算',
    },
    choose: '选择文件',
    choose_again: '重新选择文件',
    no_file: '未选择文件（.xlsx）',
    upload: '上传',
    uploading: '正在上传…',
    queued: '已上传，等待处理…',
    running: '导入中 %{percent}%',
    file: '文件：%{name}',
    progress: '导入进度 %{percent}%',
    background: '可关闭此窗口：导入会在后台继续，完成后会提示结果，也可在“后台任务”中查看',
    close: '关闭',
    done: '完成',
    again: '继续导入',
    unavailable: '服务器暂不支持导入',
    actions: {
      create: '新建草稿',
      update: '更新草稿',
      adjust: '发起调整',
    },
    imported: '已导入 %{count} 张工作表：%{detail}',
    imported_part: '%{action} %{count} 张',
    imported_none: '文件中没有可导入的工作表',
    open: '打开',
    refused: '发现 %{count} 处问题，未导入任何数据。请在 Excel 中逐一修改后重新导入。',
    refused_sheets:
      '发现 %{count} 处问题（%{sheets}），未导入任何数据。请在 Excel 中逐一修改后重新导入。',
    refused_sheet_part: '「%{sheet}」%{count} 处',
    failed: '导入未完成，未导入任何数据：%{message}',
    failed_plain: '导入未完成，未导入任何数据',
    whole_file: '（整个文件）',
    columns: {
      sheet: '工作表',
      row: '行',
      column: '列',
      message: '问题',
      action: '结果',
      document: '文档',
    },
    checks: {
      not_xlsx: '只支持 .xlsx 格式的 Excel 工作簿（.xls 请在 Excel 中另存为 .xlsx）',
      empty: '文件是空的，请选择填写好的 .xlsx 文件',
      too_big: '文件 %{size} 超过 %{mb} MB 的上限，请拆分后分别导入',
    },
  },
  exports: {
    targets: '导出目标表',
    monitoring: '导出监控表',
    too_many: '一次最多导出 %{max} 份%{what}（当前 %{total} 份）：请缩小筛选范围',
    what: {
      targets: '目标表',
      monitoring: '监控表',
    },
  },
};
