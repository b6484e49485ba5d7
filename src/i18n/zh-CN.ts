// 简体中文 — the reference catalog: every other language must have exactly these keys.

export const zhCN = {
  errors: {
    'auth.required': '请先登录。',
    'auth.forbidden': '您的角色或管辖范围无权执行此操作。',
    'auth.csrf': '请求缺少有效的 CSRF 令牌，请刷新页面后重试。',
    'auth.login-failed': '账号或密码错误。',
    'auth.rate-limited': '登录尝试过于频繁，请稍后再试。',
    'auth.must-change-password': '请先修改一次性密码。',
    'auth.wrong-password': '当前密码错误。',
    'request.invalid': '请求内容不符合要求。',
    'request.too-large': '请求内容过大。',
    'request.timeout': '请求处理超时。',
    'request.not-found': '未找到所请求的资源。',
    'data.invalid': '数据文件有误，未写入任何数据。',
    'framework.invalid': '指标体系文件有误。',
    'framework.published': '已发布的指标体系版本不可修改。',
    'user.exists': '该账号已存在。',
    'user.invalid': '账号信息不符合要求。',
    'evaluation.invalid': '评价无法完成。',
    'store.unavailable': '数据库暂时不可用。',
    internal: '服务器内部错误，请联系管理员。',
    default: '请求无法完成。',
  },
} as const;

/** The shape every catalog has: the reference's keys, any text. */
export type Catalog = { [G in keyof typeof zhCN]: { [K in keyof (typeof zhCN)[G]]: string } };
