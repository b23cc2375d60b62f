/**
 * Places in Anhui for demo cases: counties with their division codes (GB/T 2260; the first six
 * digits of a resident ID and the court code "皖0102" in a court case number), towns, villages,
 * roads and telephone area codes. Town, village and road names are generic and fictional.
 */

export type County = {
  /** 6-digit division code, e.g. "340102". */
  code: string;
  /** City (市), e.g. "合肥市". */
  city: string;
  /** County-level unit, e.g. "瑶海区". */
  county: string;
  /** Landline area code of the city. */
  areaCode: string;
};

/** city name, area code, then "code name" pairs of its counties. */
const CITIES: readonly (readonly [string, string, string])[] = [
  [
    '合肥市',
    '0551',
    '340102 瑶海区,340103 庐阳区,340104 蜀山区,340111 包河区,340121 长丰县,340122 肥东县,340123 肥西县,340124 庐江县,340181 巢湖市',
  ],
  [
    '芜湖市',
    '0553',
    '340202 镜湖区,340207 鸠江区,340209 弋江区,340210 湾沚区,340212 繁昌区,340223 南陵县,340281 无为市',
  ],
  [
    '蚌埠市',
    '0552',
    '340302 龙子湖区,340303 蚌山区,340304 禹会区,340311 淮上区,340321 怀远县,340322 五河县,340323 固镇县',
  ],
  ['淮南市', '0554', '340402 大通区,340403 田家庵区,340421 凤台县,340422 寿县'],
  [
    '马鞍山市',
    '0555',
    '340503 花山区,340504 雨山区,340506 博望区,340521 当涂县,340522 含山县,340523 和县',
  ],
  ['淮北市', '0561', '340602 杜集区,340603 相山区,340604 烈山区,340621 濉溪县'],
  ['铜陵市', '0562', '340705 铜官区,340706 义安区,340711 郊区,340722 枞阳县'],
  [
    '安庆市',
    '0556',
    '340802 迎江区,340803 大观区,340811 宜秀区,340822 怀宁县,340825 太湖县,340826 宿松县,340827 望江县,340828 岳西县,340881 桐城市,340882 潜山市',
  ],
  [
    '黄山市',
    '0559',
    '341002 屯溪区,341003 黄山区,341004 徽州区,341021 歙县,341022 休宁县,341023 黟县,341024 祁门县',
  ],
  [
    '滁州市',
    '0550',
    '341102 琅琊区,341103 南谯区,341122 来安县,341124 全椒县,341125 定远县,341126 凤阳县,341181 天长市,341182 明光市',
  ],
  [
    '阜阳市',
    '0558',
    '341202 颍州区,341203 颍东区,341204 颍泉区,341221 临泉县,341222 太和县,341225 阜南县,341226 颍上县,341282 界首市',
  ],
  ['宿州市', '0557', '341302 埇桥区,341321 砀山县,341322 萧县,341323 灵璧县,341324 泗县'],
  [
    '六安市',
    '0564',
    '341502 金安区,341503 裕安区,341504 叶集区,341522 霍邱县,341523 舒城县,341524 金寨县,341525 霍山县',
  ],
  ['亳州市', '0558', '341602 谯城区,341621 涡阳县,341622 蒙城县,341623 利辛县'],
  ['池州市', '0566', '341702 贵池区,341721 东至县,341722 石台县,341723 青阳县'],
  [
    '宣城市',
    '0563',
    '341802 宣州区,341821 郎溪县,341823 泾县,341824 绩溪县,341825 旌德县,341881 宁国市,341882 广德市',
  ],
];

export const COUNTIES: readonly County[] = CITIES.flatMap(([city, areaCode, list]) =>
  list.split(',').map((entry) => {
    const [code = '', county = ''] = entry.split(' ');
    return { code, city, county, areaCode };
  }),
);

/** Rural counties most migrant workers in the demo come from (north and west Anhui). */
export const HOME_COUNTIES: readonly County[] = COUNTIES.filter((c) =>
  /^34(12|13|15|16)/.test(c.code),
);

export const TOWNS: readonly string[] = (
  '城关镇 新集镇 双桥镇 三河镇 古城镇 白石镇 杨庙镇 高塘镇 永兴镇 龙山镇 柳林镇 桃园镇 孙集镇 ' +
  '大杨镇 长岗乡 花园乡 南湖街道 东城街道 西城街道 新华街道 和平街道 北关街道 金桥镇 马店镇 ' +
  '王集乡 石岗乡 太平镇 官亭镇 兴隆镇 瓦埠镇'
).split(' ');

export const VILLAGES: readonly string[] = (
  '前进村 光明村 新庄村 李楼村 张湾村 刘圩村 王庄村 陈桥村 大王村 孙岗村 杨店村 周湖村 ' +
  '赵集村 朱塘村 吴圩村 黄岗村 徐庄村 何湾村 马场村 郭店村 桥头村 河西村 东风村 团结村'
).split(' ');

export const ROADS: readonly string[] = (
  '长江中路 淮河路 望江西路 黄山路 政务大道 文昌路 人民路 解放路 建设路 胜利路 ' +
  '民主路 新华路 学府路 工业大道 滨河路 站前路 迎宾大道 纬二路'
).split(' ');

export const RESIDENTIAL: readonly string[] = (
  '阳光花园 金色家园 翠竹苑 滨湖新城 东方明珠小区 幸福里 锦绣城 和园 新城丽景 ' +
  '香樟苑 书香名邸 运河人家 梧桐里 御景湾'
).split(' ');

/** The county of `unitCode`, or a fixed fallback so any unit code works for demo data. */
export function countyOfUnit(unitCode: string): County {
  const fallback = COUNTIES[0];
  if (!fallback) throw new Error('county table is empty');
  return COUNTIES.find((c) => c.code === unitCode) ?? fallback;
}

/** "合肥市瑶海区人民法院" for a county; "合肥市中级人民法院" for its city. */
export function basicCourt(county: County): string {
  return `${county.city}${county.county}人民法院`;
}

export function intermediateCourt(county: County): string {
  return `${county.city}中级人民法院`;
}

/** Court codes in case numbers: "皖0102" (basic court) and "皖01" (intermediate court). */
export function basicCourtCode(county: County): string {
  return `皖${county.code.slice(2)}`;
}

export function intermediateCourtCode(county: County): string {
  return `皖${county.code.slice(2, 4)}`;
}
